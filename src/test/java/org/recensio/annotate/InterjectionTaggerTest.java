package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Register;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Tei;

/** Interjections (issue 3, point 2): the printed label, a name for a person, the words said, one register entry. */
class InterjectionTaggerTest {
  private static final String RYAZANOV = "A Soviet “ism” could be invented on every single point. (Ryazanov : “Soviet\n"
      + "anti-Brestism.”) Exactly, “Soviet anti Brestism”.\n";

  @Test
  void aParenthesisedInterjectionHoldsTheLabelAsANameAndTheWordsAsSaid() {
    Transcript t = StagedText.tag(RYAZANOV);
    Inline.Stage s = StagedText.all(t, Inline.Stage.class).get(0);
    assertEquals(Inline.StageType.INTERJECTION, s.type());
    assertEquals("()", s.rend());
    assertEquals("(Ryazanov : “Soviet\nanti-Brestism.”)", StagedText.printed(t, s));
    assertEquals(List.of("Ryazanov"), StagedText.printed(t, Inline.Name.class));
    assertEquals("ryazanov", StagedText.all(t, Inline.Name.class).get(0).ref());
    Inline.Said said = StagedText.all(t, Inline.Said.class).get(0);
    assertEquals("“Soviet\nanti-Brestism.”", StagedText.printed(t, said));
    assertEquals("“”", said.rend());
    assertEquals("ryazanov", said.who());
    assertTrue(said.direct());
    Register.Entry e = t.register().byId("ryazanov").orElseThrow();
    assertEquals(Register.Kind.PERSON, e.kind());
    assertEquals("interjector", e.role());
  }

  @Test
  void aVoiceIsAGroupAndGetsNoName() {
    Transcript t = StagedText.tag("It is not the docker who gains. (A VOICE: Shame!) Yes, it is a shame.\n");
    assertEquals(List.of("(A VOICE: Shame!)"), StagedText.printed(t, Inline.Stage.class));
    assertEquals(List.of(), StagedText.all(t, Inline.Name.class));
    Inline.Said said = StagedText.all(t, Inline.Said.class).get(0);
    assertEquals("Shame!", StagedText.printed(t, said));
    assertEquals("", said.rend());
    Register.Entry e = t.register().byId(said.who()).orElseThrow();
    assertEquals(Register.Kind.GROUP, e.kind());
    assertEquals("audience", e.role());
  }

  @Test
  void anUnbracketedVoiceInsideAParagraphSaysOneSentence() {
    Transcript t = StagedText.tag("Some comrades say that we should not negotiate at all. A VOICE: Never! I\n"
        + "understand that feeling.\n");
    Inline.Stage s = StagedText.all(t, Inline.Stage.class).get(0);
    assertEquals("A VOICE: Never!", StagedText.printed(t, s));
    assertEquals("", s.rend());
    assertEquals("medium", s.decision().cert().orElseThrow());
    assertEquals(List.of("Never!"), StagedText.printed(t, Inline.Said.class));
  }

  @Test
  void voicesAndANamedManWithADashInterjectToo() {
    Transcript t = StagedText.tag("I have said it before. Voices: Hear, hear! And I say it again. Mr. Douglas—That is\n"
        + "not so. It is so.\n");
    assertEquals(List.of("Voices: Hear, hear!", "Mr. Douglas—That is\nnot so."), StagedText.printed(t, Inline.Stage.class));
    assertEquals(List.of("Mr. Douglas"), StagedText.printed(t, Inline.Name.class));
    assertEquals("douglas", StagedText.all(t, Inline.Name.class).get(0).ref());
    assertEquals(Register.Kind.GROUP, t.register().byId("voices").orElseThrow().kind());
  }

  @Test
  void theSamePersonAlwaysHasTheSameId() {
    Transcript t = StagedText.tag("A workers’ state. (Bukharin : “What kind of state?”) I shall not stop.\n\n"
        + "Again. (Bukharin: “A workers’ and peasants’ state?”) Exactly.\n");
    assertEquals(List.of("bukharin", "bukharin"), StagedText.all(t, Inline.Said.class).stream().map(Inline.Said::who).toList());
    assertEquals(1, t.register().entries().stream().filter(e -> e.id().equals("bukharin")).count());
  }

  @Test
  void theConfiguredRegisterWins() {
    EditionConfig config = StagedText.config("register:", "  - id: nib", "    name: N. I. Bukharin",
        "    forms: [Bukharin, Comrade Bukharin]", "    role: interjector");
    Transcript t = StagedText.tag("A workers’ state. (Bukharin : “What kind of state?”) I shall not stop.\n", config,
        new DiagnosticSink());
    assertEquals("nib", StagedText.all(t, Inline.Said.class).get(0).who());
    assertEquals("nib", StagedText.all(t, Inline.Name.class).get(0).ref());
    assertTrue(t.register().byId("bukharin").isEmpty());
    assertEquals("N. I. Bukharin", t.register().byId("nib").orElseThrow().name());
  }

  @Test
  void theEditorSetsWhoSpeaksAndTheTeiSaysWhoDecided() {
    EditionConfig config = StagedText.config("edition:", "  editors:", "    - id: ed", "      name: The editor",
        "stages:", "  - line: 1", "    text: \"(A VOICE: Shame!)\"", "    type: interjection", "    who: tomsky");
    Tei tei = Tei.parse(StagedText.tei("It is not the docker. (A VOICE: Shame!) Yes.\n", config, new DiagnosticSink()));
    assertEquals("#tomsky", tei.string("//t:stage[@type='interjection']/t:said/@who"));
    assertEquals("#ed", tei.string("//t:stage[@type='interjection']/@resp"));
    assertEquals("interjector", tei.string("//t:person[@xml:id='tomsky']/@role"));
  }

  @Test
  void theEditorMakesAnInterjectionPlainTextOrAReaction() {
    EditionConfig none = StagedText.config("stages:", "  - text: \"(Smith: “Never!”)\"", "    type: none");
    assertEquals(List.of(), StagedText.all(StagedText.tag("Well. (Smith: “Never!”) So.\n", none, new DiagnosticSink()),
        Inline.Stage.class));
    EditionConfig audience = StagedText.config("stages:", "  - text: \"(A VOICE: Shame!)\"", "    type: audience",
        "    reactions: [disapproval]");
    Inline.Stage s = StagedText.all(StagedText.tag("Well. (A VOICE: Shame!) So.\n", audience, new DiagnosticSink()),
        Inline.Stage.class).get(0);
    assertEquals(Inline.StageType.AUDIENCE, s.type());
    assertEquals(List.of("disapproval"), s.categories());
  }

  @Test
  void theEditorMarksAnInterjectionTheHeuristicsMiss() {
    EditionConfig config = StagedText.config("stages:", "  - text: \"Lozovsky says no.\"", "    type: interjection",
        "    who: lozovsky");
    Transcript t = StagedText.tag("We agree. Lozovsky says no. We go on.\n", config, new DiagnosticSink());
    Inline.Stage s = StagedText.all(t, Inline.Stage.class).get(0);
    assertEquals("Lozovsky says no.", StagedText.printed(t, s));
    assertEquals(new Resp("editor"), s.decision().resp());
    assertEquals("lozovsky", StagedText.all(t, Inline.Said.class).get(0).who());
  }

  /** Regression (issue 3): the seed's traps are no interjections. */
  @ParameterizedTest
  @ValueSource(strings = {"the Eighth Congress of the R.C.P.(B.): a resolution", "(Note: the figures are for 1920.)",
      "(see: the December 7 Plenum resolution)", "The position is this: we agree.", "(Theses Of Comrade Rudzutak’s Report)",
      "There are two things: the first is this."})
  void labelsThatNameNoSpeakerAreNoInterjections(String printed) {
    Transcript t = StagedText.tag("We said so. " + printed + " And so on.\n");
    assertEquals(List.of(), StagedText.all(t, Inline.Stage.class), printed);
  }

  @Test
  void reactionsAndInterjectionsOfEveryKindAreConformantTeiThatLosesNothing() throws Exception {
    String text = "We shall not give way. (Applause.) [Cheers.] (Ryazanov : “Soviet\nanti-Brestism.”) Exactly.\n\n"
        + "Some say no. A VOICE: Never! I understand. (A VOICE: Shame!) Voices: Hear, hear! Mr. Douglas—That is\n"
        + "not so. (Cries of “Order!”) (Smith: “You voted for it!”) [Laughter and applause.] (as Trotsky has done)\n\n"
        + "(Prolonged, stormy applause.)\n";
    EditionConfig config = StagedText.config("stages:", "  - text: \"(as Trotsky has done)\"", "    type: audience",
        "    reactions: [silence]", "  - text: \"(A VOICE: Shame!)\"", "    type: interjection", "    who: tomsky");
    byte[] bytes = StagedText.tei(text, config, new DiagnosticSink());
    Tei tei = Tei.parse(bytes);
    assertEquals(6, tei.count("//t:stage[@type='audience']"));
    assertEquals(6, tei.count("//t:stage[@type='interjection']"));
    assertTrue(tei.test("every $w in //t:said/@who satisfies //t:particDesc//*[@xml:id = substring($w, 2)]"));
    org.recensio.validate.TeiConformance.assertConformant(bytes, "interjections.tei.xml");
    String exported = new org.recensio.render.TextExporter().export(bytes, "interjections",
        org.recensio.render.View.DIPLOMATIC);
    assertEquals(org.recensio.model.Whitespace.strip(text), org.recensio.model.Whitespace.strip(exported));
  }
}
