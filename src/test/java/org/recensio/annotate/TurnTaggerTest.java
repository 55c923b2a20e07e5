package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Tei;
import org.recensio.validate.TeiConformance;

/** Turns (issue 3, point 2): a transcript that is a sequence of turns gets one sp per turn. */
class TurnTaggerTest {
  private static final String DEBATE = "The debate was opened at ten.\n\n"
      + "THE CHAIRMAN: Order, order. I call upon Mr. Lincoln.\n\n"
      + "Mr. LINCOLN: I thank the chair. (Applause.) I shall be brief.\n\n"
      + "I have a second paragraph.\n\n"
      + "Mr. DOUGLAS.—I rise to reply. A VOICE: Never! I go on.\n\n"
      + "The PRESIDENT—The time is up.\n\n"
      + "VOICES: Agreed!\n";

  @Test
  void paragraphsOpeningWithASpeakerLabelStartTurns() {
    Transcript t = StagedText.tag(DEBATE);
    List<Inline.SpeakerLabel> labels = StagedText.all(t, Inline.SpeakerLabel.class);
    assertEquals(List.of("THE CHAIRMAN:", "Mr. LINCOLN:", "Mr. DOUGLAS.—", "The PRESIDENT—", "VOICES:"),
        StagedText.printed(t, Inline.SpeakerLabel.class));
    assertEquals(List.of("chairman", "lincoln", "douglas", "president", "voices"),
        labels.stream().map(Inline.SpeakerLabel::who).toList());
    assertTrue(labels.stream().allMatch(l -> l.start() == 0 && l.decision().resp().equals(Resp.BUILDER)));
    assertEquals("chair", t.register().byId("chairman").orElseThrow().role());
    assertEquals("chair", t.register().byId("president").orElseThrow().role());
    assertEquals("speaker", t.register().byId("douglas").orElseThrow().role());
    assertEquals(List.of("A VOICE: Never!"), StagedText.printed(t, Inline.Stage.class).stream()
        .filter(s -> s.startsWith("A VOICE")).toList());
  }

  @Test
  void eachTurnIsAnSpWithItsSpeakerInValidTeiThatLosesNothing() throws Exception {
    byte[] bytes = StagedText.tei(DEBATE, StagedText.config(), new DiagnosticSink());
    Tei tei = Tei.parse(bytes);
    assertEquals(List.of("#speaker", "#chairman", "#lincoln", "#douglas", "#president", "#voices"),
        tei.strings("//t:body//t:sp/@who"));
    assertEquals("THE CHAIRMAN:", tei.string("(//t:sp/t:speaker)[1]"));
    assertEquals(2, tei.count("//t:sp[@who='#lincoln']/t:p"));
    assertEquals("personGrp", tei.string("local-name(//*[@xml:id='voices'])"));
    TeiConformance.assertConformant(bytes, "debate.tei.xml");
    String exported = new org.recensio.render.TextExporter().export(bytes, "debate", org.recensio.render.View.DIPLOMATIC);
    assertEquals(org.recensio.model.Whitespace.strip(DEBATE), org.recensio.model.Whitespace.strip(exported));
  }

  @Test
  void theMainSpeakersLabelPointsAtTheMainSpeaker() {
    EditionConfig config = StagedText.config("speaker:", "  id: lincoln", "  name: Abraham Lincoln");
    Transcript t = StagedText.tag(DEBATE, config, new DiagnosticSink());
    assertEquals("lincoln", StagedText.all(t, Inline.SpeakerLabel.class).get(1).who());
    assertEquals("speaker", t.register().byId("lincoln").orElseThrow().role());
    assertEquals(Resp.BUILDER, StagedText.all(t, Inline.SpeakerLabel.class).get(1).decision().resp());
  }

  @Test
  void aSpeechWithOneLabelledParagraphHasNoTurnsButAnInterjection() {
    Transcript t = StagedText.tag("Comrades, I begin.\n\nA VOICE: Louder! We cannot hear you.\n\nI go on.\n");
    assertEquals(List.of(), StagedText.all(t, Inline.SpeakerLabel.class));
    assertEquals(List.of("A VOICE: Louder!"), StagedText.printed(t, Inline.Stage.class));
  }

  @Test
  void theEditorUndoesATurn() {
    EditionConfig config = StagedText.config("stages:", "  - text: \"The PRESIDENT—\"", "    type: none");
    Transcript t = StagedText.tag(DEBATE, config, new DiagnosticSink());
    assertEquals(List.of("THE CHAIRMAN:", "Mr. LINCOLN:", "Mr. DOUGLAS.—", "VOICES:"),
        StagedText.printed(t, Inline.SpeakerLabel.class));
  }

  @Test
  void theEditorOpensATurnTheHeuristicsMissAndNamesItsSpeaker() {
    EditionConfig config = StagedText.config("edition:", "  editors:", "    - id: ed", "      name: The editor", "stages:",
        "  - text: \"Lenin:\"", "    type: turn", "    who: lenin", "  - line: 1", "    text: \"Kamenev:\"",
        "    type: turn");
    String text = "Kamenev: The floor is yours.\n\nLenin: Comrades, I begin.\n";
    Transcript t = StagedText.tag(text, config, new DiagnosticSink());
    List<Inline.SpeakerLabel> labels = StagedText.all(t, Inline.SpeakerLabel.class);
    assertEquals(List.of("kamenev", "lenin"), labels.stream().map(Inline.SpeakerLabel::who).toList());
    assertTrue(labels.stream().allMatch(l -> l.decision().resp().equals(new Resp("ed"))));
    Tei tei = Tei.parse(StagedText.tei(text, config, new DiagnosticSink()));
    assertEquals("#ed", tei.string("(//t:speaker)[2]/@resp"));
  }

  @Test
  void aTurnDecisionInsideAParagraphIsAWarning() {
    DiagnosticSink sink = new DiagnosticSink();
    EditionConfig config = StagedText.config("stages:", "  - text: \"Lenin:\"", "    type: turn");
    StagedText.tag("We heard him. Lenin: nothing more.\n", config, sink);
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("STG005")));
  }
}
