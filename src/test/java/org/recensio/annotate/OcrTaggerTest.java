package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.model.Whitespace;
import org.recensio.pipeline.Pipeline;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Configs;
import org.recensio.testing.Tei;
import org.recensio.testing.Texts;
import org.recensio.validate.TeiConformance;

/** Issue 3, emendations: the detector's proposals, and the editor's accept, reject, replace. */
class OcrTaggerTest {
  static final String TEXT = Texts.spaced(
      "The Central Committee met on Monday. This threw the Centrai Committee into",
      "confusion, and the bureaucratic methods of the Central Committee were to blame.",
      "We spoke of bureacratic methods, of Tsektran and of Tsektran again, of R.C.P. and",
      "of the Glavpolitput, of Glavpolitput in 1920 and of chapter XIV. Wecould not wait, we could not.");

  private static List<Inline.Emendation> emendations(Transcript t) {
    return t.paragraphs().flatMap(p -> p.inlines().stream())
        .filter(i -> i instanceof Inline.Emendation).map(i -> (Inline.Emendation) i).toList();
  }

  private static Transcript tag(EditionConfig config, DiagnosticSink sink) {
    Transcript t = Texts.structure(TEXT, config, sink);
    t = new RegisterBuilder(config).build(t, sink);
    return new OcrTagger(config).tag(t, sink);
  }

  private static List<String> codes(DiagnosticSink sink, String code) {
    return sink.diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::message).toList();
  }

  @Test
  void aSingleOcrConfusionTowardsAWordOfTheDocumentIsEmendedWithHighCertainty() {
    DiagnosticSink sink = new DiagnosticSink();
    List<Inline.Emendation> e = emendations(tag(EditionConfig.defaults(), sink));
    Inline.Emendation centrai = e.stream().filter(x -> x.correction().equals("Central")).findFirst().orElseThrow();
    assertEquals(Resp.BUILDER, centrai.decision().resp());
    assertEquals(Optional.of("high"), centrai.decision().cert());
    assertTrue(e.stream().anyMatch(x -> x.correction().equals("We could")), "run-together words are split");
    assertEquals(2, codes(sink, "EMD002").size());
  }

  @Test
  void aMissingLetterIsOnlyReportedWithItsPlaceAndConfidence() {
    DiagnosticSink sink = new DiagnosticSink();
    List<Inline.Emendation> e = emendations(tag(EditionConfig.defaults(), sink));
    assertTrue(e.stream().noneMatch(x -> x.correction().equals("bureaucratic")));
    Diagnostic d = sink.diagnostics().stream().filter(x -> x.code().equals("EMD001")).findFirst().orElseThrow();
    assertEquals("test.txt:5:13", d.span().location());
    assertTrue(d.message().contains("bureacratic → bureaucratic (medium confidence, missing letter)"), d.message());
  }

  @Test
  void namesWordsUsedTwiceNumbersRomanNumeralsAndAbbreviationsAreLeftAlone() {
    DiagnosticSink sink = new DiagnosticSink();
    tag(EditionConfig.defaults(), sink);
    List<String> all = sink.diagnostics().stream().filter(d -> d.code().startsWith("EMD")).map(Diagnostic::message)
        .toList();
    assertEquals(3, all.size(), all.toString());
  }

  @Test
  void theEditorAcceptsAProposalAndTheEmendationIsTheEditors() {
    EditionConfig c = Configs.yaml("edition:", "  editors:", "    - id: ed", "      name: The editor",
        "emendations:", "  - line: 5", "    sic: bureacratic", "    decision: accept");
    Inline.Emendation e = emendations(tag(c, new DiagnosticSink())).stream()
        .filter(x -> x.correction().equals("bureaucratic")).findFirst().orElseThrow();
    assertEquals(new Resp("ed"), e.decision().resp());
    assertEquals(Optional.of("high"), e.decision().cert(), "corr/@cert is required (ENCODING.md §2)");
  }

  @Test
  void theEditorRejectsAProposalWhichIsNeitherAppliedNorReportedAgain() {
    EditionConfig c = Configs.yaml("emendations:", "  - line: 1", "    sic: Centrai", "    decision: reject");
    DiagnosticSink sink = new DiagnosticSink();
    List<Inline.Emendation> e = emendations(tag(c, sink));
    assertTrue(e.stream().noneMatch(x -> x.correction().equals("Central")));
    assertTrue(sink.diagnostics().stream().noneMatch(d -> d.args().contains("Centrai")));
  }

  @Test
  void theEditorReplacesAProposalWithAnotherCorrection() {
    EditionConfig c = Configs.yaml("emendations:", "  - line: 1", "    sic: Centrai", "    corr: Centre",
        "    decision: accept");
    List<Inline.Emendation> e = emendations(tag(c, new DiagnosticSink()));
    assertTrue(e.stream().anyMatch(x -> x.correction().equals("Centre") && x.decision().resp().isEditor()));
    assertTrue(e.stream().noneMatch(x -> x.correction().equals("Central")));
  }

  @Test
  void anUndecidedProposalIsOnlyReportedEvenWhenItsConfidenceIsHigh() {
    EditionConfig c = Configs.yaml("emendations:", "  - line: 1", "    sic: Centrai", "    corr: Central",
        "    decision: undecided");
    DiagnosticSink sink = new DiagnosticSink();
    assertTrue(emendations(tag(c, sink)).stream().noneMatch(x -> x.correction().equals("Central")));
    assertTrue(codes(sink, "EMD001").stream().anyMatch(m -> m.contains("Centrai → Central (high")));
  }

  @Test
  void theEditorEmendsAPlaceTheDetectorDidNotPropose() {
    EditionConfig c = Configs.yaml("emendations:", "  - line: 3", "    sic: confusion", "    corr: confusions");
    DiagnosticSink sink = new DiagnosticSink();
    assertTrue(emendations(tag(c, sink)).stream().anyMatch(x -> x.correction().equals("confusions")));
    assertTrue(codes(sink, "EMD003").isEmpty());
  }

  @Test
  void anAcceptedEmendationThatIsNotInTheTextIsAWarning() {
    EditionConfig c = Configs.yaml("emendations:", "  - line: 3", "    sic: nowhere", "    corr: somewhere");
    DiagnosticSink sink = new DiagnosticSink();
    tag(c, sink);
    assertEquals(1, codes(sink, "EMD003").size());
  }

  @Test
  void theTeiHasChoiceSicCorrIsConformantAndNothingIsLost() throws Exception {
    EditionConfig c = Configs.yaml("emendations:", "  - line: 5", "    sic: bureacratic", "    corr: bureaucratic");
    byte[] bytes = new Pipeline(c, new BuildInfo("0.0.0", Optional.empty()))
        .run(Texts.source(TEXT), new DiagnosticSink()).tei();
    Tei tei = Tei.parse(bytes);
    assertEquals("Central", tei.string("//t:choice[t:sic = 'Centrai']/t:corr"));
    assertEquals("high", tei.string("//t:choice[t:sic = 'Centrai']/t:corr/@cert"));
    assertEquals("#recensio", tei.string("//t:choice[t:sic = 'Centrai']/t:corr/@resp"));
    assertEquals("#editor", tei.string("//t:choice[t:sic = 'bureacratic']/t:corr/@resp"));
    TeiConformance.assertConformant(bytes, "emendations.tei.xml");
    String exported = new TextExporter().export(bytes, "emendations.tei.xml", View.DIPLOMATIC);
    assertEquals(Whitespace.strip(TEXT), Whitespace.strip(exported));
  }
}
