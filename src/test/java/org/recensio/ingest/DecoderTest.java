package org.recensio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.diag.Messages;
import org.recensio.diag.Severity;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceText;

class DecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private final DiagnosticSink sink = new DiagnosticSink();

  @TempDir Path dir;

  // ---- helpers

  private SourceText decode(byte[] bytes) throws InputException {
    return new Decoder().decode("t.txt", bytes, sink);
  }

  private static List<String> texts(SourceText t) {
    return t.lines().stream().map(SourceLine::text).toList();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Diagnostic fails(byte[] bytes) {
    return fails(new Decoder(), bytes);
  }

  private Diagnostic fails(Decoder decoder, byte[] bytes) {
    InputException e = assertThrows(InputException.class, () -> decoder.decode("t.txt", bytes, sink));
    assertEquals(Severity.FATAL, e.diagnostic().severity());
    assertTrue(Messages.isKnown(e.diagnostic().code()));
    return e.diagnostic();
  }

  private List<String> warningCodes() {
    return sink.diagnostics().stream().map(Diagnostic::code).toList();
  }

  // ---- encodings

  @Test
  void plainUtf8IsReadAsUtf8WithoutWarnings() throws InputException {
    SourceText t = decode(utf8("Comrades,\n“the state” — Trotsky’s\n"));
    assertEquals("t.txt", t.name());
    assertEquals("UTF-8", t.charset());
    assertEquals(List.of("Comrades,", "“the state” — Trotsky’s"), texts(t));
    assertEquals(List.of(), warningCodes());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws InputException {
    SourceText t = decode(concat(bytes(0xEF, 0xBB, 0xBF), utf8("Ленин\n")));
    assertEquals("UTF-8", t.charset());
    assertEquals(List.of("Ленин"), texts(t));
  }

  @Test
  void byteOrderMarkAfterTheStartIsKept() throws InputException {
    SourceText t = decode(utf8("a\n\uFEFFb"));
    assertEquals(List.of("a", "\uFEFFb"), texts(t));
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() throws InputException {
    SourceText t = decode(concat(bytes(0xFF, 0xFE), "Tsektran\r\n“Politvod”\r\n".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("UTF-16LE", t.charset());
    assertEquals(List.of("Tsektran", "“Politvod”"), texts(t));
  }

  @Test
  void utf16BigEndianWithByteOrderMark() throws InputException {
    SourceText t = decode(concat(bytes(0xFE, 0xFF), "Tsektran\nПолитвод".getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("UTF-16BE", t.charset());
    assertEquals(List.of("Tsektran", "Политвод"), texts(t));
  }

  @Test
  void windows1252CurlyQuotesAreDecodedWithAGuessWarning() throws InputException {
    // "He said “No” — twice.\n" in cp1252: 0x93 and 0x94 are the curly quotes, 0x97 the em dash
    byte[] cp = concat(utf8("First line\nHe said "), bytes(0x93), utf8("No"), bytes(0x94),
        utf8(" "), bytes(0x97), utf8(" twice.\n"));
    SourceText t = decode(cp);
    assertEquals("windows-1252", t.charset());
    assertEquals(List.of("First line", "He said “No” — twice."), texts(t));
    assertEquals(List.of("ING004"), warningCodes());
    Diagnostic w = sink.diagnostics().get(0);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals("t.txt:2:9", w.span().location());
    assertTrue(w.message().contains("windows-1252"), w.message());
  }

  @Test
  void windows1252MatchesJavasOwnEncoderForAllDefinedBytes() throws InputException {
    String all = "Œuvres — “é” ‘ß’ • € … ™ ž";
    SourceText t = decode(all.getBytes(CP1252));
    assertEquals(List.of(all), texts(t));
  }

  @Test
  void forcedCharsetWins() throws InputException {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    SourceText t = new Decoder().withCharset(StandardCharsets.ISO_8859_1).decode("t.txt", latin1, sink);
    assertEquals("ISO-8859-1", t.charset());
    assertEquals(List.of("café"), texts(t));
    assertEquals(List.of(), warningCodes());
  }

  @Test
  void forcedUtf8StillDropsItsByteOrderMark() throws InputException {
    SourceText t = new Decoder().withCharset(StandardCharsets.UTF_8)
        .decode("t.txt", concat(bytes(0xEF, 0xBB, 0xBF), utf8("x")), sink);
    assertEquals(List.of("x"), texts(t));
  }

  @Test
  void forcedUtf16ReadsEitherByteOrderMark() throws InputException {
    byte[] be = concat(bytes(0xFE, 0xFF), "ab".getBytes(StandardCharsets.UTF_16BE));
    SourceText t = new Decoder().withCharset(StandardCharsets.UTF_16).decode("t.txt", be, sink);
    assertEquals(List.of("ab"), texts(t));
    assertEquals(List.of(), warningCodes());
  }

  @Test
  void byteOrderMarkContradictingTheForcedCharsetIsAWarning() throws InputException {
    byte[] data = concat(bytes(0xEF, 0xBB, 0xBF), utf8("x"));
    SourceText t = new Decoder().withCharset(StandardCharsets.ISO_8859_1).decode("t.txt", data, sink);
    assertEquals(List.of("ï»¿x"), texts(t));
    assertEquals(List.of("ING012"), warningCodes());
  }

  @Test
  void forcedCharsetDecodesStrictlyAndNamesTheOffset() {
    byte[] data = concat(utf8("ok\nab"), bytes(0xC3, 0x28), utf8("\n"));
    Diagnostic d = fails(new Decoder().withCharset(StandardCharsets.UTF_8), data);
    assertEquals("ING006", d.code());
    assertEquals(List.of("UTF-8", "5"), d.args());
    assertEquals("t.txt:2:3", d.span().location());
  }

  @Test
  void forcedUsAsciiRefusesHighBytes() {
    Diagnostic d = fails(new Decoder().withCharset(StandardCharsets.US_ASCII), bytes('a', 0xE9));
    assertEquals("ING006", d.code());
    assertEquals("t.txt:1:2", d.span().location());
  }

  // ---- line terminators

  @Test
  void lfCrlfAndCrEachEndALine() throws InputException {
    assertEquals(List.of("a", "b", "c", "d"), texts(decode(utf8("a\nb\r\nc\rd"))));
  }

  @Test
  void crOnlyFileIsSplitIntoLines() throws InputException {
    assertEquals(List.of("one", "", "two"), texts(decode(utf8("one\r\rtwo\r"))));
  }

  @Test
  void crlfFileHasNoStrayCarriageReturns() throws InputException {
    SourceText t = decode(utf8("one\r\n\r\ntwo\r\n"));
    assertEquals(List.of("one", "", "two"), texts(t));
  }

  @Test
  void lfCrIsTwoTerminators() throws InputException {
    assertEquals(List.of("a", "", "b"), texts(decode(utf8("a\n\rb"))));
  }

  @Test
  void crlfSplitAcrossTheDecodingBufferIsOneTerminator() throws InputException {
    for (int before = 65_530; before < 65_540; before++) {
      String text = "a".repeat(before) + "\r\nb\r\n";
      assertEquals(List.of("a".repeat(before), "b"), texts(decode(utf8(text))), "at " + before);
    }
  }

  @Test
  void lineLongerThanTheDecodingBufferStaysWhole() throws InputException {
    String longLine = "Trotsky’s theses ".repeat(20_000);
    assertEquals(List.of("x", longLine, "y"), texts(decode(utf8("x\n" + longLine + "\ny"))));
  }

  @Test
  void lastLineWithoutTerminatorIsALine() throws InputException {
    assertEquals(List.of("a", "b"), texts(decode(utf8("a\nb"))));
  }

  @Test
  void finalTerminatorAddsNoEmptyLine() throws InputException {
    assertEquals(List.of("a"), texts(decode(utf8("a\n"))));
    assertEquals(List.of("a", ""), texts(decode(utf8("a\n\n"))));
  }

  @Test
  void leadingBlankLinesAreKeptAndNumbered() throws InputException {
    SourceText t = decode(utf8("\n\nTitle\n"));
    assertEquals(3, t.lines().size());
    assertEquals(3, t.line(3).number());
    assertEquals("Title", t.line(3).text());
    assertTrue(t.line(1).isBlank());
  }

  @Test
  void tabsNoBreakSpacesAndFormFeedsStayInTheText() throws InputException {
    SourceText t = decode(utf8("\tIndented\u00A0text\n\f\nNext\u2028same line\n"));
    assertEquals(List.of("\tIndented\u00A0text", "\f", "Next\u2028same line"), texts(t));
    assertTrue(t.line(2).isBlank(), "a form feed alone on a line is a blank line");
    assertEquals(List.of(), warningCodes());
  }

  // ---- stopping errors

  @Test
  void zeroBytesIsEmpty() {
    Diagnostic d = fails(new byte[0]);
    assertEquals("ING001", d.code());
    assertEquals("t.txt", d.span().location());
  }

  @Test
  void onlyWhitespaceIsEmpty() {
    assertEquals("ING001", fails(utf8(" \n\t\r\n\u00A0\f\n")).code());
  }

  @Test
  void onlyAByteOrderMarkIsEmpty() {
    assertEquals("ING001", fails(bytes(0xEF, 0xBB, 0xBF)).code());
    assertEquals("ING001", fails(bytes(0xFF, 0xFE)).code());
  }

  @Test
  void nulByteMeansBinaryAndIsLocated() {
    Diagnostic d = fails(concat(utf8("text\nmore"), bytes(0), utf8("x")));
    assertEquals("ING002", d.code());
    assertEquals(List.of("00"), d.args());
    assertEquals("t.txt:2:5", d.span().location());
  }

  @Test
  void manyControlCharactersMeanBinary() {
    byte[] data = new byte[1000];
    Arrays.fill(data, (byte) 'a');
    for (int i = 100; i < 1000; i += 50) {
      data[i] = 0x01;
    }
    Diagnostic d = fails(data);
    assertEquals("ING002", d.code());
    assertEquals("t.txt:1:101", d.span().location());
  }

  @Test
  void binaryThatIsNotUtf8IsStillCalledBinary() {
    // a PNG header: not UTF-8, and binary
    Diagnostic d = fails(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D));
    assertEquals("ING002", d.code());
  }

  @Test
  void nulCharactersInUtf16AreBinary() {
    byte[] data = concat(bytes(0xFF, 0xFE), "ab\u0000c".getBytes(StandardCharsets.UTF_16LE));
    Diagnostic d = fails(data);
    assertEquals("ING002", d.code());
    assertEquals("t.txt:1:3", d.span().location());
  }

  @Test
  void aStrayControlCharacterInUtf8IsKeptWithAWarning() throws InputException {
    byte[] data = new byte[300];
    Arrays.fill(data, (byte) 'a');
    data[150] = 0x1B;
    SourceText t = decode(data);
    assertEquals(300, t.line(1).text().length());
    assertEquals(List.of("ING011"), warningCodes());
    assertEquals("t.txt:1:151", sink.diagnostics().get(0).span().location());
    assertEquals(List.of("1", "1B"), sink.diagnostics().get(0).args());
  }

  @Test
  void undefinedWindows1252ByteIsNeitherEncoding() {
    for (int undefined : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
      Diagnostic d = fails(concat(utf8("line one\nab"), bytes(0x93, undefined), utf8("\n")));
      assertEquals("ING003", d.code());
      assertEquals(List.of(String.format("%02X", undefined), "12"), d.args());
      assertEquals("t.txt:2:4", d.span().location());
    }
  }

  @Test
  void controlByteInNonUtf8IsNeitherEncoding() {
    byte[] data = new byte[300];
    Arrays.fill(data, (byte) 'a');
    data[10] = (byte) 0x93;
    data[200] = 0x1B;
    Diagnostic d = fails(data);
    assertEquals("ING003", d.code());
    assertEquals(List.of("1B", "200"), d.args());
    assertEquals("t.txt:1:201", d.span().location());
    assertEquals(List.of(), warningCodes());
  }

  @Test
  void malformedUtf8AfterAUtf8ByteOrderMarkIsNotGuessed() {
    Diagnostic d = fails(concat(bytes(0xEF, 0xBB, 0xBF), utf8("ab\ncd"), bytes(0x93)));
    assertEquals("ING010", d.code());
    assertEquals(List.of("UTF-8", "93", "8"), d.args());
    assertEquals("t.txt:2:3", d.span().location());
  }

  @Test
  void unpairedSurrogateInUtf16IsRefused() {
    byte[] data = concat(bytes(0xFF, 0xFE), "a".getBytes(StandardCharsets.UTF_16LE), bytes(0x00, 0xD8),
        "b".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("ING010", fails(data).code());
  }

  @Test
  void oddLengthUtf16IsRefused() {
    assertEquals("ING010", fails(concat(bytes(0xFE, 0xFF), bytes(0, 'a', 0))).code());
  }

  @Test
  void largerThanTheLimitIsRefused() {
    Decoder small = new Decoder().withMaxBytes(10);
    Diagnostic d = fails(small, utf8("12345678901"));
    assertEquals("ING007", d.code());
    assertEquals(List.of("0.00001"), d.args());
    assertEquals("t.txt", d.span().location());
  }

  @Test
  void limitIsPrintedInMegabytes() {
    Decoder limited = new Decoder().withMaxBytes(3L * 1024 * 1024);
    assertEquals("3", Decoder.megabytes(limited.maxBytes()));
    assertEquals("100", Decoder.megabytes(new Decoder().maxBytes()));
    assertEquals("0.5", Decoder.megabytes(512 * 1024));
  }

  @Test
  void exactlyTheLimitIsAccepted() throws InputException {
    SourceText t = new Decoder().withMaxBytes(3).decode("t.txt", utf8("abc"), sink);
    assertEquals(List.of("abc"), texts(t));
  }

  @Test
  void nonsensicalLimitIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> new Decoder().withMaxBytes(0));
    assertThrows(IllegalArgumentException.class, () -> new Decoder().withMaxBytes(Long.MAX_VALUE));
  }

  // ---- files

  @Test
  void readsAFileAndNamesItByItsPath() throws Exception {
    Path f = dir.resolve("speech.txt");
    Files.write(f, utf8("Comrades!\r\n"));
    SourceText t = new Decoder().decode(f, sink);
    assertEquals(f.toString(), t.name());
    assertEquals(List.of("Comrades!"), texts(t));
  }

  @Test
  void largeFileIsRefusedBeforeItIsRead() throws Exception {
    Path f = dir.resolve("big.txt");
    Files.write(f, new byte[2048]);
    InputException e = assertThrows(InputException.class,
        () -> new Decoder().withMaxBytes(1024).decode(f, sink));
    assertEquals("ING007", e.diagnostic().code());
    assertEquals(f.toString(), e.diagnostic().span().location());
  }

  @Test
  void missingFileIsReported() {
    Path f = dir.resolve("nowhere.txt");
    InputException e = assertThrows(InputException.class, () -> new Decoder().decode(f, sink));
    assertEquals("ING009", e.diagnostic().code());
    assertEquals(f.toString(), e.diagnostic().span().source());
  }

  @Test
  void directoryIsUnreadable() {
    InputException e = assertThrows(InputException.class, () -> new Decoder().decode(dir, sink));
    assertEquals("ING005", e.diagnostic().code());
    assertEquals(1, e.diagnostic().args().size());
  }

  @Test
  void diagnosticPrintsInCompilerStyle() {
    Diagnostic d = fails(concat(utf8("ab\ncd"), bytes(0x81)));
    assertTrue(d.format().startsWith("t.txt:2:3: fatal ING003: "), d.format());
  }

  // ---- speed

  /**
   * 50 MB must decode in well under two seconds. The best of three runs is taken, so that a busy
   * build machine does not fail the test; a non-linear decoder would miss by orders of magnitude.
   */
  private void decodesFiftyMegabytesQuickly(byte[] line) throws InputException {
    int copies = 50 * 1024 * 1024 / line.length;
    byte[] data = new byte[copies * line.length];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(line, 0, data, i * line.length, line.length);
    }
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      SourceText t = new Decoder().decode("big.txt", data, sink);
      best = Math.min(best, System.nanoTime() - start);
      assertEquals(copies, t.lines().size());
    }
    assertTrue(best < Duration.ofSeconds(2).toNanos(), "best of three: " + best / 1_000_000 + " ms");
  }

  @Test
  void fiftyMegabytesOfUtf8DecodeInWellUnderTwoSeconds() throws InputException {
    decodesFiftyMegabytesQuickly(
        utf8("Comrades, the “trade unions” — Trotsky’s mistakes are theoretical.\r\n"));
  }

  @Test
  void fiftyMegabytesOfWindows1252DecodeInWellUnderTwoSeconds() throws InputException {
    decodesFiftyMegabytesQuickly(
        concat(utf8("He said "), bytes(0x93), utf8("no"), bytes(0x94), utf8(" and left.\n")));
  }
}
