package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Tei;

/** Audience reactions (issue 3, point 1): found by their words, classified, overridable. */
class ReactionTaggerTest {
  private static final String BEFORE = "We shall not give way on this point. ";

  static Stream<Arguments> conventions() {
    return Stream.of(
        Arguments.of("(Applause.)", "()", List.of("applause")),
        Arguments.of("(applause, laughter )", "()", List.of("applause", "laughter")),
        Arguments.of("(Laughter. Applause.)", "()", List.of("laughter", "applause")),
        Arguments.of("(Prolonged, stormy applause.)", "()", List.of("ovation")),
        Arguments.of("[Applause]", "[]", List.of("applause")),
        Arguments.of("[Cheers.]", "[]", List.of("cheers")),
        Arguments.of("(Loud cheers.)", "()", List.of("cheers")),
        Arguments.of("(Uproar.)", "()", List.of("noise")),
        Arguments.of("(Noise.)", "()", List.of("noise")),
        Arguments.of("(Interruption.)", "()", List.of("interruption")),
        Arguments.of("[Laughter and applause.]", "[]", List.of("laughter", "applause")),
        Arguments.of("(Hear, hear.)", "()", List.of("approval")),
        Arguments.of("(Ovation.)", "()", List.of("ovation")),
        Arguments.of("(Cries of “Shame!”)", "()", List.of("cries", "disapproval")),
        Arguments.of("(Commotion.)", "()", List.of("noise")),
        Arguments.of("(Movement in the hall.)", "()", List.of("movement")),
        Arguments.of("(Laughter from the Right.)", "()", List.of("laughter")),
        Arguments.of("[Cheers from the Ukrainian delegation.]", "[]", List.of("cheers")),
        Arguments.of("(Prolonged applause. Some delegates remain seated.)", "()", List.of("ovation", "movement")),
        Arguments.of("(Commotion. Cries of “Shame!”)", "()", List.of("noise", "cries", "disapproval")),
        Arguments.of("(Quite right.)", "()", List.of("approval")));
  }

  @ParameterizedTest
  @MethodSource("conventions")
  void everyConventionOfTranscriptsIsAReactionWithItsCategories(String printed, String rend, List<String> categories) {
    Transcript t = StagedText.tag(BEFORE + printed + " And so we go on.\n");
    List<Inline.Stage> stages = StagedText.all(t, Inline.Stage.class);
    assertEquals(1, stages.size(), printed);
    Inline.Stage s = stages.get(0);
    assertEquals(Inline.StageType.AUDIENCE, s.type());
    assertEquals(printed, StagedText.printed(t, s));
    assertEquals(rend, s.rend());
    assertEquals(categories, s.categories());
    assertEquals(Resp.BUILDER, s.decision().resp());
  }

  /** The seed's authorial and editorial parentheses (and the corpus's), which stay text. */
  @ParameterizedTest
  @ValueSource(strings = {"(as Comrade Trotsky has done)", "(November 9)", "(thesis 41, p. 31 of Trotsky’s pamphlet)",
      "(Lenin )", "(the December 7 Plenary Meeting)", "(Collection of Statutes No. 537)", "R.C.P.(B.)", "(C.L.D.)",
      "(GOELRO)", "(Party Life )", "(by imperialism in some countries)", "(political departments, etc.)",
      "(how to run the dictatorship of the proletariat)", "(Turin edition)", "(2026)", "[1]", "[4b]",
      "(the applause of the bourgeois press)", "(Theses Of Comrade Rudzutak’s Report)"})
  void ordinaryParenthesesStayText(String printed) {
    Transcript t = StagedText.tag(BEFORE + printed + " And so we go on.\n");
    assertEquals(List.of(), StagedText.all(t, Inline.Stage.class), printed);
  }

  @Test
  void aParagraphThatIsOnlyAReactionIsMarked() {
    Transcript t = StagedText.tag(BEFORE + "\n\n(Applause.)\n\nAnd so we go on.\n");
    assertEquals(List.of("(Applause.)"), StagedText.printed(t, Inline.Stage.class));
  }

  @Test
  void aReactionOverALineBreakIsMarked() {
    Transcript t = StagedText.tag("We shall not give way. (Prolonged,\nstormy applause.)\n");
    assertEquals(List.of("(Prolonged,\nstormy applause.)"), StagedText.printed(t, Inline.Stage.class));
  }

  @Test
  void reactionWordsBesideOtherWordsStayTextWithAnInfo() {
    DiagnosticSink sink = new DiagnosticSink();
    Transcript t = StagedText.tag(BEFORE + "(applause, especially from the Left)\n", StagedText.config(), sink);
    assertEquals(List.of(), StagedText.all(t, Inline.Stage.class), "“especially” opens no phrase of who reacts");
    DiagnosticSink sink2 = new DiagnosticSink();
    StagedText.tag(BEFORE + "(applause, laughter, disbelief)\n", StagedText.config(), sink2);
    Diagnostic d = sink2.diagnostics().stream().filter(x -> x.code().equals("STG001")).findFirst().orElseThrow();
    assertEquals(Severity.INFO, d.severity());
    assertEquals(List.of("applause", "disbelief"), d.args());
  }

  @Test
  void theEditorMakesAReactionPlainText() {
    EditionConfig config = StagedText.config("stages:", "  - line: 1", "    text: \"(Applause.)\"", "    type: none");
    Transcript t = StagedText.tag(BEFORE + "(Applause.) Then (Laughter.)\n", config, new DiagnosticSink());
    assertEquals(List.of("(Laughter.)"), StagedText.printed(t, Inline.Stage.class));
  }

  @Test
  void theEditorTurnsAParenthesisIntoAReactionWithCategories() {
    EditionConfig config = StagedText.config("stages:", "  - text: \"(The delegates rise and sing.)\"", "    type: audience",
        "    reactions: [ovation, movement]");
    Transcript t = StagedText.tag(BEFORE + "(The delegates rise and sing.)\n", config, new DiagnosticSink());
    Inline.Stage s = StagedText.all(t, Inline.Stage.class).get(0);
    assertEquals(List.of("ovation", "movement"), s.categories());
    assertEquals("()", s.rend());
    assertEquals(new Resp("editor"), s.decision().resp());
    assertTrue(s.decision().cert().isEmpty());
  }

  @Test
  void theEditorChangesTheCategoriesAndTheTeiSaysWhoDecided() {
    EditionConfig config = StagedText.config("edition:", "  editors:", "    - id: ed", "      name: The editor", "stages:",
        "  - line: 1", "    text: \"(Applause.)\"", "    type: audience", "    reactions: [ovation]");
    Tei tei = Tei.parse(StagedText.tei(BEFORE + "(Applause.) Then (Laughter.)\n", config, new DiagnosticSink()));
    assertEquals("#ovation", tei.string("//t:stage[. = 'Applause.']/@ana"));
    assertEquals("#ed", tei.string("//t:stage[. = 'Applause.']/@resp"));
    assertEquals("", tei.string("//t:stage[. = 'Applause.']/@cert"));
    assertEquals("#recensio", tei.string("//t:stage[. = 'Laughter.']/@resp"));
    assertEquals("high", tei.string("//t:stage[. = 'Laughter.']/@cert"));
  }

  @Test
  void anEditorsReactionWithoutCategoriesTakesThoseItsWordsSuggest() {
    EditionConfig config = StagedText.config("stages:", "  - text: \"(applause, laughter, disbelief)\"", "    type: audience");
    Transcript t = StagedText.tag(BEFORE + "(applause, laughter, disbelief)\n", config, new DiagnosticSink());
    assertEquals(List.of("applause", "laughter"), StagedText.all(t, Inline.Stage.class).get(0).categories());
  }

  @Test
  void aDecisionWhoseTextIsPrintedNowhereIsAWarning() {
    DiagnosticSink sink = new DiagnosticSink();
    EditionConfig config = StagedText.config("stages:", "  - line: 7", "    text: \"(Applause.)\"", "    type: none");
    StagedText.tag(BEFORE + "(Applause.)\n", config, sink);
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("STG002") && d.severity() == Severity.WARNING));
  }
}
