package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Register;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

class NameTaggerTest {
  /** Paragraphs apart by a blank line, lines of one paragraph together: lines 7-8, 10, 12, 14, 16, 18. */
  private static final String SPEECH = String.join("\n\n",
      "V. I. Lenin",
      "On The Trade Unions",
      "December 30, 1920",
      "Comrades, it is Trotsky’s theses I discuss today,\nand Comrades Trotsky and Bukharin wrote them.",
      "Party and Soviet discipline matter to Trotsky ’s friends.",
      "May I say that N. I. Bukharin agrees?",
      "The R.C.P.(B.) met in Moscow.",
      "All-Russia Central Council of Trade Unions, Russia.",
      "(Ryazanov : “Soviet anti-Brestism.”) Lenin spoke.") + "\n";

  private final DiagnosticSink sink = new DiagnosticSink();

  /** The configuration lines given, and paragraphs apart by blank lines. */
  private static EditionConfig config(String... lines) {
    List<String> all = new java.util.ArrayList<>(List.of("layout:", "  kind: blocks"));
    all.addAll(List.of(lines));
    return Configs.yaml(all.toArray(String[]::new));
  }

  private Transcript tag(EditionConfig config, String text) {
    Transcript t = new RegisterBuilder(config).build(Texts.structure(text, config, sink), sink);
    return new NameTagger(config).tag(t, sink);
  }

  private static List<String> names(Transcript t) {
    return t.bodyParagraphs().flatMap(p -> names(p).stream()).toList();
  }

  /** Each name as "printed→ref". */
  private static List<String> names(Paragraph p) {
    return p.inlines().stream().filter(i -> i instanceof Inline.Name).map(i -> (Inline.Name) i)
        .map(n -> p.text().text().substring(n.start(), n.end()) + "→" + n.ref()).toList();
  }

  private static Paragraph paragraphWith(Transcript t, String words) {
    return t.bodyParagraphs().filter(p -> p.text().text().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void everyMentionOfAPersonPointsAtOneRegisterEntry() {
    Transcript t = tag(config(), SPEECH);
    assertEquals(List.of("Trotsky→trotsky", "Trotsky→trotsky", "Bukharin→bukharin"),
        names(paragraphWith(t, "Comrades, it is")));
    Register.Entry bukharin = t.register().byId("bukharin").orElseThrow();
    assertEquals("N. I. Bukharin", bukharin.name(), "named by its fullest printed form");
    assertEquals("mentioned", bukharin.role());
    assertEquals(1, t.register().entries().stream().filter(e -> e.id().startsWith("trotsky")).count());
  }

  @Test
  void thePossessiveIsOutsideTheName() {
    Paragraph p = paragraphWith(tag(config(), SPEECH), "Comrades, it is");
    Inline first = p.inlines().stream().filter(i -> i instanceof Inline.Name).findFirst().orElseThrow();
    assertEquals("Trotsky", p.text().text().substring(first.start(), first.end()));
  }

  @Test
  void partyCongressMonthsAndSentenceOpenersAreNotPersons() {
    Transcript t = tag(config(), SPEECH);
    assertEquals(List.of("Trotsky→trotsky"), names(paragraphWith(t, "Party and Soviet")));
    assertEquals(List.of("N. I. Bukharin→bukharin"), names(paragraphWith(t, "May I say")));
  }

  @Test
  void theSpeakersSurnameLinksToTheSpeaker() {
    Paragraph p = paragraphWith(tag(config(), SPEECH), "Lenin spoke");
    assertTrue(names(p).contains("Lenin→lenin"));
  }

  @Test
  void organisationsAndPlacesComeOnlyFromTheRegister() {
    assertEquals(List.of(), names(paragraphWith(tag(config(), SPEECH), "R.C.P.(B.)")));
    assertEquals(List.of(), names(paragraphWith(tag(config(), SPEECH), "All-Russia")));
    EditionConfig config = config("register:",
        "  - {id: rcp, kind: org, name: \"R.C.P.(B.)\", forms: [\"R.C.P.\", \"R.C.P.(B.)\"]}",
        "  - {id: vtssps, kind: org, name: \"All-Russia Central Council of Trade Unions\"}",
        "  - {id: moscow, kind: place, name: Moscow}",
        "  - {id: russia, kind: place, name: Russia}");
    Transcript t = tag(config, SPEECH);
    Paragraph p = paragraphWith(t, "R.C.P.(B.)");
    assertEquals(List.of("R.C.P.(B.)→rcp", "Moscow→moscow"), names(p), "R.C.P.(B.) is one name, R.C.P. not inside it");
    assertEquals(List.of("All-Russia Central Council of Trade Unions→vtssps", "Russia→russia"),
        names(paragraphWith(t, "All-Russia")), "longest form first; Russia not inside All-Russia");
    assertTrue(p.inlines().stream().filter(i -> i instanceof Inline.Name n && n.ref().equals("rcp"))
        .allMatch(i -> ((Inline.Name) i).kind() == Inline.NameKind.ORG));
  }

  @Test
  void aNameAlreadyTaggedByTheInterjectionTaggerIsNotTaggedTwice() {
    Transcript t = Texts.structure(SPEECH, config(), sink);
    t = new RegisterBuilder(config()).build(t, sink);
    t = t.withRegister(t.register().with(Register.Entry.of("ryazanov", Register.Kind.PERSON, "Ryazanov", "interjector")));
    t = BodyAndNotes.map(t, p -> p.text().text().startsWith("(Ryazanov")
        ? p.with(new Inline.Name(1, 9, Inline.NameKind.PERSON, "ryazanov", Inline.Decision.builder("high"))) : p);
    Transcript out = new NameTagger(config()).tag(t, sink);
    assertEquals(List.of("Ryazanov→ryazanov", "Lenin→lenin"), names(paragraphWith(out, "Ryazanov")));
    assertEquals("interjector", out.register().byId("ryazanov").orElseThrow().role(), "the role stays");
  }

  @Test
  void theEditorLinksANameToAnotherEntry() {
    EditionConfig config = config("register:", "  - {id: sedova, name: \"N. I. Sedova\"}",
        "names:", "  - {line: 8, text: Trotsky, ref: sedova}");
    Transcript t = tag(config, SPEECH);
    Paragraph p = paragraphWith(t, "Comrades, it is");
    assertEquals(List.of("Trotsky→trotsky", "Trotsky→sedova", "Bukharin→bukharin"), names(p));
    List<Inline.Name> linked = p.inlines().stream().filter(i -> i instanceof Inline.Name).map(i -> (Inline.Name) i).toList();
    assertEquals("recensio", linked.get(0).decision().resp().id());
    assertEquals("editor", linked.get(1).decision().resp().id());
    assertTrue(sink.diagnostics().stream().noneMatch(d -> d.code().startsWith("NAM")), () -> sink.diagnostics().toString());
  }

  @Test
  void aConfiguredFormGathersTheBuildersFindsUnderTheEditorsEntry() {
    Transcript t = tag(config("register:", "  - {id: lev, name: \"L. D. Trotsky\"}"), SPEECH);
    assertEquals(List.of("Trotsky→lev", "Trotsky→lev", "Bukharin→bukharin"),
        names(paragraphWith(t, "Comrades, it is")));
    assertTrue(t.register().byId("trotsky").isEmpty());
  }

  @Test
  void theEditorUnlinksAFalsePositive() {
    EditionConfig config = config("names:", "  - {line: 12, text: \"N. I. Bukharin\", ref: none}");
    Transcript t = tag(config, SPEECH);
    assertEquals(List.of(), names(paragraphWith(t, "May I say")));
    assertEquals(List.of("Trotsky→trotsky", "Trotsky→trotsky", "Bukharin→bukharin"),
        names(paragraphWith(t, "Comrades, it is")), "only the decision's place is unlinked");
  }

  @Test
  void theEditorTagsANameTheBuilderMissed() {
    EditionConfig config = config("register:", "  - {id: rcp, kind: org, name: \"Russian Communist Party\"}",
        "names:", "  - {text: \"Party\", ref: rcp}");
    Paragraph p = paragraphWith(tag(config, SPEECH), "Party and Soviet");
    assertEquals("Party→rcp", names(p).get(0));
  }

  @Test
  void aDecisionThatFindsNothingOrPointsNowhereIsReported() {
    EditionConfig config = config("names:", "  - {line: 3, text: Zinoviev, ref: none}",
        "  - {line: 7, text: Trotsky, ref: nobody}");
    tag(config, SPEECH);
    assertEquals(List.of("NAM001", "NAM002"), sink.diagnostics().stream().map(Diagnostic::code)
        .filter(c -> c.startsWith("NAM")).sorted().toList());
  }

  @Test
  void aNameHoldsWholeASpacingChoiceThatStartsWithIt() {
    Transcript t = new RegisterBuilder(config()).build(Texts.structure(SPEECH, config(), sink), sink);
    t = BodyAndNotes.map(t, p -> p.text().text().startsWith("Party and")
        ? p.with(new Inline.Regularisation(38, 48, "Trotsky’s", Inline.Decision.builder("high"))) : p);
    Paragraph p = paragraphWith(new NameTagger(config()).tag(t, sink), "Party and");
    assertEquals(List.of("Trotsky ’s→trotsky"), names(p));
    assertTrue(p.inlines().get(0) instanceof Inline.Name, "the name holds the choice");
  }

  @Test
  void theEditorLinksAMisprintedNameHoldingItsEmendation() {
    String text = "Tsektran erred.\n\nTsektrall was advised.\n";
    EditionConfig config = config("register:", "  - {id: tsektran, kind: org, name: Tsektran}",
        "names:", "  - {line: 3, text: Tsektrall, ref: tsektran}");
    Transcript t = new RegisterBuilder(config).build(Texts.structure(text, config, sink), sink);
    t = BodyAndNotes.map(t, p -> p.text().text().startsWith("Tsektrall")
        ? p.with(new Inline.Emendation(0, 9, "Tsektran", Inline.Decision.builder("high"))) : p);
    Transcript out = new NameTagger(config).tag(t, sink);
    Paragraph p = paragraphWith(out, "Tsektrall");
    assertEquals(List.of("Tsektrall→tsektran"), names(p));
    assertTrue(p.inlines().get(0) instanceof Inline.Name n && n.decision().resp().isEditor());
    assertEquals(List.of("Tsektran→tsektran"), names(paragraphWith(out, "erred")));
  }

  @Test
  void aDecisionWithALineTakesTheFirstPlaceOnThatLineOnly() {
    EditionConfig config = config("names:", "  - {line: 7, text: Trotsky, ref: none}");
    assertEquals(List.of("Trotsky→trotsky", "Bukharin→bukharin"),
        names(paragraphWith(tag(config, SPEECH), "Comrades, it is")));
  }
}
