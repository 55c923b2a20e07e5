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
import org.recensio.model.Inline.QuoteKind;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

/** Issue 3, quotations: spans, nesting, marks, apostrophes, citations, kinds, the editor's decisions. */
class QuotationTaggerTest {
  /** One paragraph a line: author, title and date (lines 1-3), then the body from line 4. */
  static String text(String... body) {
    String[] all = new String[body.length + 3];
    all[0] = "A. Speaker";
    all[1] = "On Quotations";
    all[2] = "December 1, 1920";
    System.arraycopy(body, 0, all, 3, body.length);
    return String.join("\n", all) + "\n";
  }

  /** A configuration: one paragraph a line, and the given YAML lines. */
  static EditionConfig config(String... yaml) {
    String[] all = new String[yaml.length + 2];
    all[0] = "layout:";
    all[1] = "  kind: lines";
    System.arraycopy(yaml, 0, all, 2, yaml.length);
    return Configs.yaml(all);
  }

  static Transcript tag(String text, EditionConfig config, DiagnosticSink sink) {
    Transcript t = Texts.structure(text, config, sink);
    return new QuotationTagger(config).tag(t, sink);
  }

  static Transcript tag(String text) {
    return tag(text, config(), new DiagnosticSink());
  }

  static Paragraph paragraph(Transcript t, String containing) {
    return t.paragraphs().filter(p -> p.text().text().contains(containing)).findFirst().orElseThrow();
  }

  static List<Inline.Quote> quotes(Paragraph p) {
    return p.inlines().stream().filter(i -> i instanceof Inline.Quote).map(i -> (Inline.Quote) i).toList();
  }

  static String printed(Paragraph p, Inline i) {
    return p.text().text().substring(i.start(), i.end());
  }

  static Inline.Quote quote(Transcript t, String printed) {
    return t.paragraphs().flatMap(p -> quotes(p).stream().filter(q -> printed(p, q).equals(printed))).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation " + printed));
  }

  @Test
  void nestedQuotationsNestWithTheirMarksOnRend() {
    Paragraph p = paragraph(tag(text("Then I hear: “Let us discuss ‘coalescence’ at once”, and I say no.")), "hear");
    List<Inline.Quote> q = quotes(p);
    assertEquals(2, q.size());
    assertEquals("“Let us discuss ‘coalescence’ at once”", printed(p, q.get(0)));
    assertEquals("“”", q.get(0).rend());
    assertEquals("‘coalescence’", printed(p, q.get(1)));
    assertEquals("‘’", q.get(1).rend());
    assertEquals(QuoteKind.SAID, q.get(0).kind());
    assertEquals(QuoteKind.SO_CALLED, q.get(1).kind());
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    Paragraph p = paragraph(tag(text("The workers’ state, it’s Trotsky’s view, in 15 or 20 years’ time, haven’t you?")),
        "workers");
    assertEquals(List.of(), quotes(p));
  }

  @Test
  void aClosingQuotePrintedForTheOpenerStillOpensAQuotation() {
    Paragraph p = paragraph(tag(text("Choose fewer slogans, like ’industrial democracy’, which are wrong.")), "slogans");
    assertEquals(1, quotes(p).size());
    assertEquals("’industrial democracy’", printed(p, quotes(p).get(0)));
    assertEquals("’’", quotes(p).get(0).rend());
  }

  @Test
  void anApostropheInsideASingleQuotationDoesNotCloseIt() {
    Paragraph p = paragraph(tag(text("He spoke of ‘the workers’ state’ and of ‘it’s done’ then.")), "spoke");
    assertEquals(List.of("‘the workers’ state’", "‘it’s done’"), quotes(p).stream().map(q -> printed(p, q)).toList());
  }

  @Test
  void aBrokenCloserPrintedAsAnOpenerClosesTheQuotationAndIsRecordedAsPrinted() {
    Transcript t = tag(text("He always deals with it “in principle “, as a matter of “general principle”."));
    Inline.Quote q = quote(t, "“in principle “");
    assertEquals("““", q.rend());
    assertEquals("“”", quote(t, "“general principle”").rend());
  }

  @Test
  void straightQuotesPairUpAndNest() {
    Paragraph p = paragraph(tag(text("He said: \"It is 'very good' now.\" And it isn't.")), "said");
    List<Inline.Quote> q = quotes(p);
    assertEquals(List.of("\"It is 'very good' now.\"", "'very good'"), q.stream().map(x -> printed(p, x)).toList());
    assertEquals("\"\"", q.get(0).rend());
    assertEquals("''", q.get(1).rend());
    assertEquals(QuoteKind.SAID, q.get(0).kind());
  }

  @Test
  void anUnclosedMarkIsAWarningWithLineAndColumnAndTheTextIsKept() {
    DiagnosticSink sink = new DiagnosticSink();
    Transcript t = tag(text("No armistice could be considered “while the rebel forces remain.",
        "Comrades, it is an honest one.” I ask the Conference."), config(), sink);
    List<Diagnostic> d = sink.diagnostics().stream().filter(x -> x.code().startsWith("QUO")).toList();
    assertEquals(List.of("QUO001", "QUO002"), d.stream().map(Diagnostic::code).toList());
    assertEquals("test.txt:4:34", d.get(0).span().location());
    assertEquals("test.txt:5:31", d.get(1).span().location());
    assertEquals(0, t.paragraphs().mapToLong(p -> quotes(p).size()).sum());
  }

  @Test
  void aQuotationOverSeveralParagraphsIsMarkedInEachWithItsMarksKeptAsText() {
    Transcript t = tag(text("He wrote to us: “We, the rank and file, say that there is need for new blood.",
        "“We refuse to get on with production under such a set-up.",
        "“We want a different one.” That is what they wrote."));
    Inline.Quote first = quote(t, "“We, the rank and file, say that there is need for new blood.");
    Inline.Quote middle = quote(t, "“We refuse to get on with production under such a set-up.");
    Inline.Quote last = quote(t, "“We want a different one.”");
    for (Inline.Quote q : List.of(first, middle, last)) {
      assertEquals("", q.rend());
      assertEquals(first.kind(), q.kind());
    }
  }

  @Test
  void aQuotedParagraphWithItsReferenceIsACitation() {
    Transcript t = tag(text("Here is what we find in his latest theses:",
        "“The equalisation line should be pursued in the sphere of consumption”. . . (thesis 41, p. 31 of Trotsky’s "
            + "pamphlet).",
        "This is a muddle."));
    Paragraph p = paragraph(t, "equalisation");
    Inline.Quote q = quotes(p).get(0);
    assertEquals(QuoteKind.QUOTE, q.kind());
    assertEquals("“The equalisation line should be pursued in the sphere of consumption”. . .", printed(p, q));
    assertEquals("", q.rend(), "elision dots after the closer keep the marks as text");
    Inline bibl = p.inlines().stream().filter(i -> i instanceof Inline.Bibl).findFirst().orElseThrow();
    assertEquals("(thesis 41, p. 31 of Trotsky’s pamphlet).", printed(p, bibl));
    Inline cit = p.inlines().stream().filter(i -> i instanceof Inline.Citation).findFirst().orElseThrow();
    assertEquals(0, cit.start());
    assertEquals(p.text().text().length(), cit.end());
  }

  @Test
  void anInlineQuotationFollowedByItsReferenceIsACitationWithTheParenthesesOnRend() {
    Transcript t = tag(text("Trotsky writes that “the screws must be tightened” (p. 5) and stops there."));
    Paragraph p = paragraph(t, "screws");
    Inline.Bibl bibl = (Inline.Bibl) p.inlines().stream().filter(i -> i instanceof Inline.Bibl).findFirst()
        .orElseThrow();
    assertEquals("(p. 5)", printed(p, bibl));
    assertEquals("()", bibl.rend());
    assertEquals(QuoteKind.QUOTE, quote(t, "“the screws must be tightened”").kind());
    assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Citation));
  }

  @Test
  void aParenthesisThatIsNoReferenceStaysText() {
    Paragraph p = paragraph(tag(text("It was “the main one” (as Comrade Trotsky has done) then.")), "main");
    assertTrue(p.inlines().stream().noneMatch(i -> i instanceof Inline.Bibl || i instanceof Inline.Citation));
  }

  @Test
  void anElidedQuotationStandingAsAParagraphIsABlockQuotation() {
    Transcript t = tag(text("At the end of thesis 5, I read:",
        "“. . a reorganisation of the unions must be started right away”. .", ". .", "There you have it."));
    Paragraph p = paragraph(t, "reorganisation");
    Inline.Quote q = quotes(p).get(0);
    assertEquals(0, q.start());
    assertEquals(p.text().text().length(), q.end());
    assertEquals(QuoteKind.QUOTE, q.kind());
  }

  @Test
  void theElementIsPickedByFunction() {
    Transcript t = tag(text("Bukharin says: “It is very good.” Trotsky says in his theses that the Congress must "
        + "“enter it unanimously in the record”. There is the “buffer” group and the “ideological confusion”.",
        "Then came “a long and winding answer to nobody in particular”."));
    assertEquals(QuoteKind.SAID, quote(t, "“It is very good.”").kind());
    assertEquals(QuoteKind.QUOTE, quote(t, "“enter it unanimously in the record”").kind());
    assertEquals(QuoteKind.SO_CALLED, quote(t, "“buffer”").kind());
    assertEquals(QuoteKind.SO_CALLED, quote(t, "“ideological confusion”").kind());
    assertEquals(QuoteKind.Q, quote(t, "“a long and winding answer to nobody in particular”").kind());
    assertEquals(Optional.of("high"), quote(t, "“buffer”").decision().cert());
    assertEquals(Resp.BUILDER, quote(t, "“buffer”").decision().resp());
  }

  @Test
  void marksInsideAStageDirectionAreLeftToIt() {
    Transcript t = Texts.structure(text("Exactly so. (Ryazanov: “Soviet anti-Brestism.”) Exactly."), config(),
        new DiagnosticSink());
    Paragraph p = paragraph(t, "Ryazanov");
    int open = p.text().text().indexOf('(');
    int close = p.text().text().indexOf(')') + 1;
    Transcript staged = t.mapParagraphs(x -> x == p ? x.with(new Inline.Stage(open, close,
        Inline.StageType.INTERJECTION, "()", List.of(), Inline.Decision.builder("high"))) : x);
    Transcript out = new QuotationTagger(EditionConfig.defaults()).tag(staged, new DiagnosticSink());
    assertEquals(List.of(), quotes(paragraph(out, "Ryazanov")));
  }

  static final String KINDS = text("There is the “buffer” group, and Bukharin says: “It is very good.”");

  private static EditionConfig decide(String text, String kind) {
    return config("edition:", "  editors:", "    - id: ed", "      name: The Editor", "quotations:",
        "  - line: 4", "    text: \"" + text + "\"", "    kind: " + kind);
  }

  @Test
  void theEditorMakesAQuotationAQ() {
    Inline.Quote q = quote(tag(KINDS, decide("“buffer”", "q"), new DiagnosticSink()), "“buffer”");
    assertEquals(QuoteKind.Q, q.kind());
    assertEquals(new Resp("ed"), q.decision().resp());
    assertEquals(Optional.empty(), q.decision().cert());
  }

  @Test
  void theEditorMakesAQuotationAQuote() {
    assertEquals(QuoteKind.QUOTE, quote(tag(KINDS, decide("“buffer”", "quote"), new DiagnosticSink()), "“buffer”")
        .kind());
  }

  @Test
  void theEditorMakesAQuotationSaid() {
    assertEquals(QuoteKind.SAID, quote(tag(KINDS, decide("“buffer”", "said"), new DiagnosticSink()), "“buffer”")
        .kind());
  }

  @Test
  void theEditorMakesAQuotationSoCalled() {
    Inline.Quote q = quote(tag(KINDS, decide("“It is very good.”", "soCalled"), new DiagnosticSink()),
        "“It is very good.”");
    assertEquals(QuoteKind.SO_CALLED, q.kind());
    assertEquals(new Resp("ed"), q.decision().resp());
  }

  @Test
  void theEditorUndoesAQuotation() {
    Transcript t = tag(KINDS, decide("“buffer”", "none"), new DiagnosticSink());
    Paragraph p = paragraph(t, "buffer");
    assertEquals(List.of("“It is very good.”"), quotes(p).stream().map(q -> printed(p, q)).toList());
  }

  @Test
  void theEditorMarksAQuotationWhoseMarksDoNotPairUpAndTheWarningGoes() {
    DiagnosticSink sink = new DiagnosticSink();
    String text = text("No armistice could be considered “while the rebel forces remain. We said no.");
    Transcript t = tag(text, decide("“while the rebel forces remain.", "quote"), sink);
    Inline.Quote q = quote(t, "“while the rebel forces remain.");
    assertEquals("", q.rend());
    assertEquals(new Resp("ed"), q.decision().resp());
    assertTrue(sink.diagnostics().stream().noneMatch(d -> d.code().startsWith("QUO")), sink.diagnostics().toString());
  }

  @Test
  void aConfiguredQuotationThatIsNotInTheTextIsReported() {
    DiagnosticSink sink = new DiagnosticSink();
    tag(KINDS, decide("“nowhere”", "q"), sink);
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("QUO003")));
  }
  static final List<String> QUOTE_HEAVY = List.of(
      text("The workers’ state, it’s Trotsky ’s view; haven ’t you? ’Tis so, in 15 or 20 years’ time.",
          "He deals with it “in principle “, as a matter of “general principle”, like ’industrial democracy’.",
          "Then I hear: “Let’s discuss ’coalescence’”, and I say: “Let’s analyse ‘what we have done’.”",
          "He said: \"It is 'very good' now.\" And the workers' 'shop stewards' can't say \"so-called\".",
          "No armistice “while the rebel forces remain. It is an honest one.” I ask. A stray ‘ and a ’ and \" too.",
          "Here is what we find in his latest theses:",
          "“The equalisation line should be pursued in consumption”. . . (thesis 41, p. 31 of the pamphlet).",
          "He wrote: “We, the rank and file, say that there is need for new blood.",
          "“We want a different one.” That is what they wrote (p. 3). “” and “ ” and ‘’ are empty.",
          "“. . a reorganisation must be started right away”. . . ."),
      text("\"Unclosed straight and 'unclosed single, “nested “doubles” inside” and (1921;Published )."));

  @Test
  void quoteHeavyTextsLoseNothingAndEncodeToConformantTei() throws Exception {
    for (String text : QUOTE_HEAVY) {
      EditionConfig config = config();
      byte[] tei = new org.recensio.pipeline.Pipeline(config, new org.recensio.tei.BuildInfo("0.0.0",
          Optional.empty())).run(Texts.source(text), new DiagnosticSink()).tei();
      String exported = new org.recensio.render.TextExporter().export(tei, "quotes.tei.xml",
          org.recensio.render.View.DIPLOMATIC);
      assertEquals(org.recensio.model.Whitespace.strip(text), org.recensio.model.Whitespace.strip(exported));
      org.recensio.validate.TeiConformance.assertConformant(tei, "quotes.tei.xml");
    }
  }
}
