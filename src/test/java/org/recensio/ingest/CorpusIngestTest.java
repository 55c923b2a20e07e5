package org.recensio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceText;

/** The ingest facts of every corpus transcript: encoding, byte-order mark, lines, ING warnings. */
class CorpusIngestTest {
  private static final Path CORPUS = corpusDir();

  static Stream<String> transcripts() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expect.properties"))
          .map(n -> n.substring(0, n.length() - ".expect.properties".length()))
          .sorted().toList();
      return names.stream();
    }
  }

  @Test
  void corpusHasAtLeastSixTranscripts() throws IOException {
    assertTrue(transcripts().count() >= 6);
  }

  @ParameterizedTest
  @MethodSource("transcripts")
  void decodesAsTheExpectationSays(String name) throws Exception {
    Properties expect = expectations(name);
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(name + ".txt"));
    DiagnosticSink sink = new DiagnosticSink();
    SourceText text = new Decoder().decode(name + ".txt", bytes, sink);

    assertEquals(expect.getProperty("encoding"), text.charset(), "encoding");
    assertEquals(Boolean.parseBoolean(expect.getProperty("bom")), startsWithBom(bytes), "bom");
    assertEquals(Integer.parseInt(expect.getProperty("lines")), text.lines().size(), "lines");
    assertEquals(ingestWarnings(expect), sink.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(text.lines().stream().noneMatch(l -> l.text().contains("\r") || l.text().startsWith("\uFEFF")));
  }

  @ParameterizedTest
  @MethodSource("transcripts")
  void encodedFilesDecodeToTheirOriginals(String name) throws IOException, InputException {
    Path original = CORPUS.resolve("originals").resolve(name + ".txt");
    if (!Files.exists(original)) {
      return;
    }
    SourceText encoded = new Decoder().decode(CORPUS.resolve(name + ".txt"), new DiagnosticSink());
    SourceText utf8 = new Decoder().decode(original, new DiagnosticSink());
    assertEquals(texts(utf8), texts(encoded));
  }

  @Test
  void utf16TranscriptKeepsTabsNoBreakSpacesAndFormFeeds() throws Exception {
    SourceText t = new Decoder().decode(
        CORPUS.resolve("dumoulin-1923-01-12-reparations-and-the-working-class.txt"), new DiagnosticSink());
    List<String> lines = texts(t);
    assertEquals(2, lines.stream().filter("\f"::equals).count());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tCitizens")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("M.\u00A0Poincaré")));
  }

  private static List<String> texts(SourceText t) {
    return t.lines().stream().map(SourceLine::text).toList();
  }

  private static List<String> ingestWarnings(Properties expect) {
    return Arrays.stream(expect.getProperty("warnings", "").split(","))
        .map(String::trim).filter(c -> c.startsWith("ING")).toList();
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF);
  }

  private static Properties expectations(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(CORPUS.resolve(name + ".expect.properties"))) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Path corpusDir() {
    try {
      return Paths.get(CorpusIngestTest.class.getResource("/corpus/README.md").toURI()).getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
