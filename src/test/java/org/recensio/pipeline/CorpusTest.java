package org.recensio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.ingest.Decoder;
import org.recensio.model.Whitespace;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Golden;
import org.recensio.testing.Tei;
import org.recensio.validate.TeiConformance;

/**
 * Every transcript of the test corpus (src/test/resources/corpus) builds to the facts counted by
 * hand in its .expect.properties, is conformant, loses nothing, and matches its golden TEI.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
  private static final TextExporter EXPORTER = new TextExporter();

  static Stream<String> texts() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  /** One built text: the TEI, its diagnostics, its source. */
  record Built(byte[] tei, List<Diagnostic> diagnostics, String source) {}

  static Built build(String name) throws Exception {
    Path text = CORPUS.resolve(name + ".txt");
    Optional<Path> cfg = new ConfigReader().besides(text);
    EditionConfig config = cfg.isPresent() ? new ConfigReader().read(cfg.get()) : EditionConfig.defaults();
    DiagnosticSink sink = new DiagnosticSink();
    var source = new Decoder().decode(text, sink);
    byte[] tei = new Pipeline(config, new BuildInfo("0.0.0", Optional.empty())).run(source, sink).tei();
    String plain = source.lines().stream().map(l -> l.text()).collect(Collectors.joining("\n"));
    return new Built(tei, sink.diagnostics(), plain);
  }

  private static Properties expect(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(CORPUS.resolve(name + ".expect.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @ParameterizedTest
  @MethodSource("texts")
  void buildsToTheFactsCountedByHand(String name) throws Exception {
    Properties e = expect(name);
    Built b = build(name);
    Tei t = Tei.parse(b.tei());
    String speech = "//t:body/t:div[@type='speech']";
    assertEquals(e.getProperty("date"), t.string("//t:front/t:docDate/(@when, @from)[1]"), "date");
    if (e.containsKey("dateTo")) {
      assertEquals(e.getProperty("dateTo"), t.string("//t:front/t:docDate/@to"), "dateTo");
    }
    assertEquals(num(e, "paragraphs"), t.count(speech + "//t:p[not(ancestor::t:floatingText)]"), "paragraphs");
    assertEquals(num(e, "headings"), t.count(speech + "//t:head"), "headings");
    assertEquals(num(e, "embedded"), t.count("//t:floatingText"), "embedded");
    assertEquals(num(e, "embeddedUnits"), t.count("//t:floatingText//t:div[@type='unit']"), "embeddedUnits");
    assertEquals(list(e, "noteIds"), t.strings("//t:note/@n"), "noteIds");
    assertEquals(num(e, "markers"), t.count("(//t:front | //t:body)//t:ref[@type='noteAnchor']")
        + list(e, "markersWithoutNote").size(), "markers");
    assertEquals(num(e, "markersInNotes"), t.count("//t:note//t:ref[@type='noteAnchor']"), "markersInNotes");
    assertEquals(num(e, "gaps"), t.count("//t:body//t:gap"), "gaps");
    assertEquals(num(e, "noteGaps"), t.count("//t:back//t:gap"), "noteGaps");
    assertEquals(list(e, "hyphens.joined").size(), t.count("//t:pc[@force='weak']"), "hyphens joined");
    if (e.containsKey("reactions")) {
      assertEquals(num(e, "reactions"), t.count("//t:stage[@type='audience']"), "reactions");
    }
    if (e.containsKey("interjections")) {
      assertEquals(num(e, "interjections"), t.count("//t:stage[@type='interjection']"), "interjections");
    }
    if (e.containsKey("turns")) {
      assertEquals(num(e, "turns"), t.count("//t:sp"), "turns (sp)");
    }
    if (e.containsKey("quotations")) {
      assertEquals(num(e, "quotations"), t.count("//t:text//(t:q | t:quote | t:said[not(parent::t:stage)] | t:soCalled)"),
          "quotations");
    }
    if (e.containsKey("blockQuotations")) {
      assertEquals(num(e, "blockQuotations"), t.count("//t:text//(t:quote | t:q | t:said)[t:p]"), "block quotations");
    }
    assertWarnings(e, b.diagnostics());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void isConformantAndLosesNothing(String name) throws Exception {
    Built b = build(name);
    TeiConformance.assertConformant(b.tei(), name + ".tei.xml");
    String exported = EXPORTER.export(b.tei(), name, View.DIPLOMATIC);
    assertEquals(Whitespace.strip(b.source()), Whitespace.strip(exported));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void matchesItsGoldenTei(String name) throws Exception {
    Golden.assertSimilar(CORPUS.resolve(name + ".tei.xml"), build(name).tei());
  }

  private static void assertWarnings(Properties e, List<Diagnostic> diagnostics) {
    Set<String> expected = new TreeSet<>(list(e, "warnings"));
    Set<String> warnings = diagnostics.stream().filter(d -> d.severity().compareTo(Severity.WARNING) >= 0)
        .map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> all = diagnostics.stream().map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(expected.stream().allMatch(all::contains), "expected " + expected + ", got " + all);
    assertTrue(expected.containsAll(warnings), "unexpected warnings: " + warnings + " (expected " + expected + ")");
  }

  private static int num(Properties e, String key) {
    return Integer.parseInt(e.getProperty(key, "0").trim());
  }

  private static List<String> list(Properties e, String key) {
    String v = e.getProperty(key, "").trim();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::trim).toList();
  }
}
