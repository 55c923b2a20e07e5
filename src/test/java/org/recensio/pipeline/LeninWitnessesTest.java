package org.recensio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.ingest.Decoder;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceText;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Tei;
import org.recensio.validate.TeiConformance;

/**
 * The seed as a critical edition with three witnesses made from it by
 * {@code src/test/resources/collation/make-witnesses.py} (issue 5 acceptance): the apparatus records
 * every edit of the script's log ({@code edits.tsv}) with its type and sigla, and nothing else;
 * every witness is recovered from the TEI by {@code export --witness}; the TEI is valid.
 *
 * <p>How an edit matches a variant place: the place starts on the edit's line or the line before
 * (a place widens to whole names and words), ends on it or later, its lemma contains the seed's
 * words and the witness's reading (rdg/@type the log's type) contains the witness's words,
 * whitespace aside. Two witnesses' edits at one place match one App with one rdg for both.
 */
class LeninWitnessesTest {
  static final Path DIR = Path.of("src", "test", "resources", "collation");
  private static Pipeline.Result result;
  private static byte[] bytes;
  private static Tei tei;

  /** One line of edits.tsv. */
  record Edit(String siglum, String type, int line, String base, String witness) {}

  /** A reading of one witness at one place, as the apparatus has it. */
  record Found(Paragraph paragraph, Inline.App app, Inline.Reading reading, String siglum) {}

  @BeforeAll
  static void build() throws Exception {
    EditionConfig config = new ConfigReader().read(DIR.resolve("edition.yaml"));
    Witnesses witnesses = Witnesses.of(config, LeninTradeUnionsTest.SEED);
    List<Pipeline.WitnessSource> sources = EditionBuilder.witnessSources(witnesses, new Decoder(), new ConfigReader());
    SourceText text = new Decoder().decode(LeninTradeUnionsTest.SEED, new DiagnosticSink());
    result = new Pipeline(config, new BuildInfo("0.0.0", Optional.empty())).run(text, sources, witnesses,
        new DiagnosticSink());
    bytes = result.tei();
    tei = Tei.parse(bytes);
  }

  static List<Edit> edits() throws Exception {
    List<Edit> out = new ArrayList<>();
    List<String> rows = Files.readAllLines(DIR.resolve("edits.tsv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      out.add(new Edit(f[0], f[1], Integer.parseInt(f[2]), f[4], f[5]));
    }
    return out;
  }

  static List<Found> found() {
    List<Found> out = new ArrayList<>();
    result.transcript().paragraphs().forEach(p -> p.inlines().stream().filter(i -> i instanceof Inline.App)
        .map(i -> (Inline.App) i).forEach(a -> a.readings().forEach(r -> r.sigla()
            .forEach(s -> out.add(new Found(p, a, r, s))))));
    return out;
  }

  private static String bare(String s) {
    return s.replaceAll("\\s", "");
  }

  static boolean matches(Edit e, Found f) {
    String text = f.paragraph().text().text();
    int first = f.paragraph().text().spanOf(f.app().start()).line();
    int last = f.paragraph().text().spanOf(f.app().start(), Math.max(f.app().start() + 1, f.app().end())).endLine();
    return e.siglum().equals(f.siglum()) && e.type().equals(f.reading().type().token())
        && first >= e.line() - 2 && first <= e.line() && last >= e.line()
        && bare(text.substring(f.app().start(), f.app().end())).contains(bare(e.base()))
        && bare(f.reading().text()).contains(bare(e.witness()));
  }

  @Test
  void theApparatusRecordsEveryEditOfTheScriptWithItsTypeAndSigla() throws Exception {
    List<Found> found = found();
    List<String> missing = new ArrayList<>();
    for (Edit e : edits()) {
      if (found.stream().noneMatch(f -> matches(e, f))) {
        missing.add(e.toString());
      }
    }
    assertEquals(List.of(), missing, "edits the apparatus does not record; apparatus: " + describe(found));
  }

  @Test
  void theApparatusRecordsNothingTheScriptDidNotMake() throws Exception {
    List<Edit> edits = edits();
    List<String> extra = found().stream().filter(f -> edits.stream().noneMatch(e -> matches(e, f)))
        .map(LeninWitnessesTest::describe).toList();
    assertEquals(List.of(), extra);
  }

  @Test
  void readingsSharedByTwoWitnessesAreOneReadingWithBothSigla() {
    assertEquals(1, tei.count("//t:app/(t:lem | t:rdg)[@wit='#B #D']"), "B and D share a substitution");
    assertEquals(0, tei.count("//t:app[not(t:lem)]"));
  }

  @Test
  void theEditorsChoiceOfAnotherReadingIsTheLemmaWithTheEditorsResp() {
    // edition.yaml: lemmata: [{line: 275, text: "quite", siglum: B}]
    assertEquals(1, tei.count("//t:app/t:lem[@resp]"));
    assertEquals("#B #D", tei.string("//t:app/t:lem[@resp]/@wit"));
    assertEquals("rather", tei.string("//t:app/t:lem[@resp]"));
    assertEquals("#P #C", tei.string("//t:app[t:lem/@resp]/t:rdg[1]/@wit"));
    assertEquals("quite", tei.string("//t:app[t:lem/@resp]/t:rdg[1]"));
  }

  @Test
  void exportOfEveryWitnessReproducesItsSource() throws Exception {
    TextExporter exporter = new TextExporter();
    for (String siglum : List.of("B", "C", "D")) {
      String source = Files.readString(DIR.resolve(siglum + ".txt"), StandardCharsets.UTF_8);
      String export = exporter.exportWitness(bytes, "lenin-collated.tei.xml", View.DIPLOMATIC, siglum);
      assertEquals(bare(source), bare(export), "witness " + siglum);
    }
    String seed = Files.readString(LeninTradeUnionsTest.SEED, StandardCharsets.UTF_8);
    assertEquals(bare(seed), bare(exporter.export(bytes, "lenin-collated.tei.xml", View.DIPLOMATIC)), "copy text");
    assertEquals(bare(seed), bare(exporter.exportWitness(bytes, "lenin-collated.tei.xml", View.DIPLOMATIC, "P")));
  }

  @Test
  void isValidAgainstTeiAllItsSchematronAndOurSchema() {
    TeiConformance.assertConformant(bytes, "lenin-collated.tei.xml");
  }

  @Test
  void headerListsTheWitnessesAndDeclaresTheVariantEncoding() {
    assertEquals(List.of("P", "B", "C", "D"), tei.strings("//t:sourceDesc/t:listWit/t:witness/@xml:id"));
    assertEquals("#P", tei.string("//t:sourceDesc/t:bibl[@type='copyText']/@corresp"));
    assertEquals("parallel-segmentation", tei.string("//t:encodingDesc/t:variantEncoding/@method"));
    assertEquals("internal", tei.string("//t:encodingDesc/t:variantEncoding/@location"));
  }

  /** Issue 5: an edition whose configuration names no witness but the copy text has no apparatus. */
  @Test
  void aSingleWitnessEditionBuildsExactlyAsBefore() throws Exception {
    byte[] plain = LeninTradeUnionsTest.buildSeed();
    EditionConfig seed = new ConfigReader().read(LeninTradeUnionsTest.CONFIG);
    EditionConfig onlyBase = new ConfigReader().parse(LeninTradeUnionsTest.CONFIG.toString(),
        Files.readString(LeninTradeUnionsTest.CONFIG, StandardCharsets.UTF_8)
            + "\nwitnesses:\n  - {siglum: P, base: true, description: \"the copy text\"}\n");
    Witnesses w = Witnesses.of(onlyBase, LeninTradeUnionsTest.SEED);
    assertTrue(!w.collating());
    SourceText text = new Decoder().decode(LeninTradeUnionsTest.SEED, new DiagnosticSink());
    byte[] single = new Pipeline(onlyBase, new BuildInfo("0.0.0", Optional.empty()))
        .run(text, EditionBuilder.witnessSources(w, new Decoder(), new ConfigReader()), w, new DiagnosticSink()).tei();
    org.junit.jupiter.api.Assertions.assertArrayEquals(plain, single);
    Tei t = Tei.parse(plain);
    assertEquals(0, t.count("//t:app | //t:listWit | //t:variantEncoding | //@corresp"));
    assertEquals(seed.witnesses(), List.of());
  }

  private static String describe(List<Found> found) {
    return String.join("\n", found.stream().map(LeninWitnessesTest::describe).toList());
  }

  private static String describe(Found f) {
    String text = f.paragraph().text().text();
    return f.siglum() + " " + f.reading().type().token() + " line " + f.paragraph().text().spanOf(f.app().start()).line()
        + " [" + text.substring(f.app().start(), f.app().end()).replace('\n', ' ') + "] -> [" + f.reading().text()
        + "]" + f.reading().paragraphStarts();
  }
}
