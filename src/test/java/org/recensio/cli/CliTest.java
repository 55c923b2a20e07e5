package org.recensio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recensio.model.Whitespace;

/** The command line: exit codes, messages, outputs (issue 2). */
class CliTest {
  static final Path SEED = Path.of("seeds", "lenin-1920-12-30-trade-unions.txt");

  @TempDir
  Path tmp;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static long filesIn(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("build") && help.out().contains("validate") && help.out().contains("export"));
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("recensio "), version.out());
    assertEquals(0, run("build", "--help").code());
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run r = run("build", "--no-such-option");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--no-such-option"));
    assertEquals(2, run("export", "--view", "sideways", SEED.toString()).code());
  }

  @Test
  void buildsTheSeedWithItsReportAndTwoBuildsAreByteIdentical() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Run r = run("build", "-q", "-o", a.toString(), "seeds");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("13 notes, 13 markers linked, 0 unlinked, 12 gaps"), r.out());
    assertEquals(0, run("build", "-q", "-o", b.toString(), SEED.toString()).code());
    for (String f : new String[] {"lenin-1920-12-30-trade-unions.tei.xml", "lenin-1920-12-30-trade-unions.report.json"}) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    String json = Files.readString(a.resolve("lenin-1920-12-30-trade-unions.report.json"));
    assertTrue(json.contains("\"markersLinked\" : 13") && json.contains("\"gaps\" : 12"), json);
    assertTrue(json.contains("\"code\" : \"GAP001\"") && json.contains("\"line\" : 37"), json);
  }

  @Test
  void exportOfTheBuiltSeedReproducesTheSource() throws IOException {
    assertEquals(0, run("build", "-q", "-o", tmp.toString(), SEED.toString()).code());
    Run r = run("export", "--view", "diplomatic", tmp.resolve("lenin-1920-12-30-trade-unions.tei.xml").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(Whitespace.strip(Files.readString(SEED)), Whitespace.strip(r.out()));
    Run reading = run("export", "--view", "reading", tmp.resolve("lenin-1920-12-30-trade-unions.tei.xml").toString());
    assertTrue(reading.out().contains("[…]"), "gaps are marked in the reading view");
  }

  @Test
  void validateSaysValidOrNotWithExitCodes() throws IOException {
    assertEquals(0, run("build", "-q", "-o", tmp.toString(), SEED.toString()).code());
    Path tei = tmp.resolve("lenin-1920-12-30-trade-unions.tei.xml");
    Run ok = run("validate", tei.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("valid"));
    Path broken = tmp.resolve("broken.tei.xml");
    Files.writeString(broken, Files.readString(tei).replace("target=\"#n5\"", "target=\"#n99\""));
    Run bad = run("validate", broken.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("broken.tei.xml:") && bad.err().contains("VAL002"), bad.err());
    Path shared = Path.of(System.getProperty("recensio.tei.shared", "../shared/tei"));
    Run teiAll = run("validate", "--tei-all", shared.resolve("tei_all.rng").toString(), tei.toString());
    assertEquals(0, teiAll.code(), teiAll.err());
    assertTrue(teiAll.out().contains("TEI All 4.12.0"), teiAll.out());
    Run xsd = run("validate", "--schema", shared.resolve("xsd/tei_all.xsd").toString(), tei.toString());
    assertEquals(0, xsd.code(), xsd.err());
    assertEquals(2, run("validate", tmp.resolve("missing.xml").toString()).code());
  }

  // Bad inputs: one clear message naming the file, exit code 2, no output file (issue 2).

  private void assertRefused(Path input, String code, String... more) throws IOException {
    Path out = tmp.resolve("out");
    Run r = run("build", "-o", out.toString(), input.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(input.toString()) && r.err().contains(code), r.err());
    for (String m : more) {
      assertTrue(r.err().contains(m), r.err());
    }
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    assertEquals(0, filesIn(out), "no output file");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path f = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    assertRefused(f, "ING001");
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    assertRefused(Files.write(tmp.resolve("picture.txt"), png), "ING002");
  }

  @Test
  void bytesThatAreNeitherUtf8NorWindows1252AreRefusedWithLineAndColumn() throws IOException {
    byte[] bytes = "First line\nSecond \u0000line".getBytes(StandardCharsets.ISO_8859_1);
    bytes = "A title\n\nSome text with a bad byte: x".getBytes(StandardCharsets.US_ASCII);
    byte[] withBad = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, withBad, 0, bytes.length);
    withBad[bytes.length] = (byte) 0x81;
    withBad[bytes.length + 1] = 'y';
    withBad[bytes.length + 2] = '\n';
    assertRefused(Files.write(tmp.resolve("strange.txt"), withBad), "ING003", ":3:");
  }

  @Test
  void aDirectoryWithoutTextsIsRefused() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("nothing-here"));
    Files.writeString(dir.resolve("notes.md"), "not a transcript");
    assertRefused(dir, "ING008");
  }

  @Test
  void anUnwritableOutputDirectoryIsRefused() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file where the output directory should go");
    Run r = run("build", "-o", blocker.resolve("edition").toString(), SEED.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("OUT001") && r.err().contains(blocker.resolve("edition").toString()), r.err());
    assertFalse(r.err().contains("Exception:"), r.err());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(1, s.count(), "nothing but the blocker");
    }
  }

  @Test
  void aMissingInputIsRefused() throws IOException {
    assertRefused(tmp.resolve("no-such.txt"), "ING009");
  }

  @Test
  void aBadConfigurationIsRefusedWithLineAndColumn() throws IOException {
    Path cfg = Files.writeString(tmp.resolve("bad.yaml"), "edition:\n  title: x\n  publsher: typo\n");
    Run r = run("build", "-o", tmp.resolve("out").toString(), "--config", cfg.toString(), SEED.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.yaml:3:") && r.err().contains("CFG001"), r.err());
    assertEquals(0, filesIn(tmp.resolve("out")));
  }
}
