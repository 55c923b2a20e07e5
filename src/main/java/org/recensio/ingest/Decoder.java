package org.recensio.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceSpan;
import org.recensio.model.SourceText;

/**
 * Reads a transcript's bytes into a {@link SourceText}: works out the encoding (or takes the one
 * forced with {@code --encoding}), decodes strictly, and cuts the text into lines. Immutable and
 * thread-safe; configure it with {@link #withCharset} and {@link #withMaxBytes}.
 *
 * <p>Without a forced charset: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE; the mark is
 * dropped); otherwise UTF-8 if the bytes are valid UTF-8; otherwise windows-1252 with warning
 * ING004, if the bytes are plausible windows-1252 text (see {@link Windows1252}); otherwise
 * ING003. Problems that stop the document are thrown as {@link InputException}: ING001 empty,
 * ING002 binary, ING003 neither UTF-8 nor windows-1252, ING005 unreadable, ING006 not decodable
 * in the forced charset, ING007 over the size limit, ING009 no such file, ING010 not decodable in
 * the charset its byte-order mark announces. Warnings go to the sink: ING004, ING011 (control
 * characters kept), ING012 (byte-order mark contradicts the forced charset).
 */
public final class Decoder {
  /** The default size limit: 100 MB (a long book is 2 MB; building needs about 20 times the file size in memory). */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
  /** The largest limit that can be set: the size of the largest Java array. */
  public static final long MAX_SUPPORTED_BYTES = Integer.MAX_VALUE - 8;

  private final Charset forcedCharset;
  private final long maxBytes;

  /** A decoder that detects the encoding and accepts files up to {@link #DEFAULT_MAX_BYTES}. */
  public Decoder() {
    this(null, DEFAULT_MAX_BYTES);
  }

  private Decoder(Charset forcedCharset, long maxBytes) {
    if (maxBytes < 1 || maxBytes > MAX_SUPPORTED_BYTES) {
      throw new IllegalArgumentException("size limit must be 1.." + MAX_SUPPORTED_BYTES + " bytes");
    }
    this.forcedCharset = forcedCharset;
    this.maxBytes = maxBytes;
  }

  /** A decoder that reads every file in {@code charset}, strictly, instead of detecting. */
  public Decoder withCharset(Charset charset) {
    return new Decoder(Objects.requireNonNull(charset, "charset"), maxBytes);
  }

  /** A decoder that refuses files larger than {@code limit} bytes (ING007). */
  public Decoder withMaxBytes(long limit) {
    return new Decoder(forcedCharset, limit);
  }

  public Optional<Charset> forcedCharset() {
    return Optional.ofNullable(forcedCharset);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads and decodes a file; the source name in spans is {@code path} as given. */
  public SourceText decode(Path path, DiagnosticSink sink) throws InputException {
    String name = path.toString();
    return decode(name, read(path, name), sink);
  }

  /** Decodes bytes already in memory; {@code name} is the source name used in spans. */
  public SourceText decode(String name, byte[] data, DiagnosticSink sink) throws InputException {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sink, "sink");
    if (data.length > maxBytes) {
      throw tooLarge(name);
    }
    if (data.length == 0) {
      throw stop("ING001", SourceSpan.file(name));
    }
    Optional<ByteOrderMark> bom = ByteOrderMark.detect(data);
    Reading reading = forcedCharset != null ? forced(name, data, bom, sink)
        : bom.isPresent() ? announced(name, data, bom.get())
        : guessed(name, data, sink);
    return finish(name, reading, sink);
  }

  /** Decoded lines and the charset that produced them. */
  private record Reading(List<SourceLine> lines, Charset charset) {}

  private Reading guessed(String name, byte[] data, DiagnosticSink sink) throws InputException {
    checkNotBinary(name, data, 0, StandardCharsets.UTF_8);
    StrictDecoding.Result utf8 = StrictDecoding.decode(data, 0, StandardCharsets.UTF_8);
    if (utf8.ok()) {
      return new Reading(utf8.lines(), StandardCharsets.UTF_8);
    }
    int implausible = Windows1252.firstImplausible(data, 0);
    if (implausible >= 0) {
      throw stop("ING003", spanAtByte(name, data, 0, implausible, Windows1252.CHARSET),
          hex(data[implausible]), implausible);
    }
    sink.report(Diagnostic.of("ING004", Severity.WARNING,
        spanAtByte(name, data, 0, utf8.errorOffset(), Windows1252.CHARSET)));
    return new Reading(StrictDecoding.decode(data, 0, Windows1252.CHARSET).lines(),
        Windows1252.CHARSET);
  }

  private Reading announced(String name, byte[] data, ByteOrderMark bom) throws InputException {
    Charset cs = bom.charset();
    checkNotBinary(name, data, bom.length(), cs);
    StrictDecoding.Result r = StrictDecoding.decode(data, bom.length(), cs);
    if (!r.ok()) {
      throw stop("ING010", spanAtByte(name, data, bom.length(), r.errorOffset(), cs),
          cs.name(), hex(data[r.errorOffset()]), r.errorOffset());
    }
    return new Reading(r.lines(), cs);
  }

  private Reading forced(String name, byte[] data, Optional<ByteOrderMark> bom, DiagnosticSink sink)
      throws InputException {
    Charset cs = forcedCharset;
    int from = 0;
    if (bom.isPresent() && bom.get().charset().equals(cs)) {
      from = bom.get().length();
    } else if (bom.isPresent() && !isUtf16Family(cs, bom.get())) {
      sink.report(Diagnostic.of("ING012", Severity.WARNING, SourceSpan.at(name, 1, 1),
          bom.get().charset().name(), cs.name()));
    }
    checkNotBinary(name, data, from, cs);
    StrictDecoding.Result r = StrictDecoding.decode(data, from, cs);
    if (!r.ok()) {
      throw stop("ING006", spanAtByte(name, data, from, r.errorOffset(), cs), cs.name(),
          r.errorOffset());
    }
    return new Reading(r.lines(), cs);
  }

  private SourceText finish(String name, Reading reading, DiagnosticSink sink)
      throws InputException {
    List<SourceLine> lines = reading.lines();
    if (lines.stream().allMatch(SourceLine::isBlank)) {
      throw stop("ING001", SourceSpan.file(name));
    }
    ControlCensus census = ControlCensus.of(lines);
    if (census.isBinary()) {
      SourceSpan at = ControlCensus.first(lines, name, census.evidence());
      throw stop("ING002", at, hex(lines.get(at.line() - 1).text().charAt(at.column() - 1)));
    }
    if (census.controls() > 0) {
      SourceSpan at = ControlCensus.first(lines, name, ControlCensus::isControl);
      sink.report(Diagnostic.of("ING011", Severity.WARNING, at, census.controls(),
          hex(lines.get(at.line() - 1).text().charAt(at.column() - 1))));
    }
    return new SourceText(name, reading.charset().name(), lines);
  }

  /**
   * For ASCII-compatible charsets, checks the raw bytes for binary data before decoding, so that a
   * binary file is called binary rather than undecodable. (The decoded lines are checked again in
   * {@link #finish}, which covers UTF-16.)
   */
  private static void checkNotBinary(String name, byte[] data, int from, Charset cs)
      throws InputException {
    if (AsciiCompatibility.of(cs)) {
      ControlCensus census = ControlCensus.of(data, from);
      if (census.isBinary()) {
        int at = ControlCensus.first(data, from, census.evidence());
        throw stop("ING002", spanAtByte(name, data, from, at, cs), hex(data[at]));
      }
    }
  }

  private byte[] read(Path path, String name) throws InputException {
    try {
      if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
        throw tooLarge(name);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw stop("ING009", SourceSpan.file(name));
    } catch (IOException | OutOfMemoryError e) {
      throw stop("ING005", SourceSpan.file(name), describe(e));
    }
  }

  private InputException tooLarge(String name) {
    return stop("ING007", SourceSpan.file(name), megabytes(maxBytes));
  }

  /** Line and column of a byte offset, counted in the text the bytes before it decode to. */
  private static SourceSpan spanAtByte(String name, byte[] data, int from, int offset, Charset cs) {
    String prefix = StrictDecoding.decodeLeniently(data, from, offset, cs);
    return LineMap.of(prefix).span(name, prefix.length());
  }

  /** Java's "UTF-16" decoder reads either byte-order mark itself. */
  private static boolean isUtf16Family(Charset forced, ByteOrderMark bom) {
    return forced.equals(StandardCharsets.UTF_16) && bom != ByteOrderMark.UTF_8;
  }

  private static InputException stop(String code, SourceSpan span, Object... args) {
    return new InputException(Diagnostic.of(code, Severity.FATAL, span, args));
  }

  private static String hex(int unit) {
    return String.format("%02X", unit & 0xFFFF);
  }

  private static String hex(byte b) {
    return String.format("%02X", b & 0xFF);
  }

  private static String describe(Throwable e) {
    String detail = e.getMessage();
    return detail == null ? e.getClass().getSimpleName() : detail;
  }

  /** The limit in MB for the message: whole numbers plain, small test limits with decimals. */
  static String megabytes(long bytes) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(1024L * 1024L), 6, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
