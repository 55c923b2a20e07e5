package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Layout;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.SourceText;
import org.recensio.testing.Texts;

class ParagrapherTest {
  private static final Layout SPACED_40 = new Layout(Layout.Kind.SPACED, 40, 1, Resp.BUILDER);
  private final Paragrapher paragrapher = new Paragrapher();

  private List<Paragraph> split(String text, Layout layout, EditionConfig config) {
    return paragrapher.split(Texts.source(text), layout, config, new DiagnosticSink());
  }

  private static List<String> texts(List<Paragraph> ps) {
    return ps.stream().map(p -> p.text().text()).toList();
  }

  @Test
  void aLineEndsAParagraphWhenTheNextWordWouldHaveFitted() {
    String text = Texts.spaced(
        "This is the first paragraph, wrapped at",
        "forty columns here.",
        "A second paragraph follows it directly,",
        "and ends.");
    assertEquals(List.of("This is the first paragraph, wrapped at\nforty columns here.",
        "A second paragraph follows it directly,\nand ends."), texts(split(text, SPACED_40, EditionConfig.defaults())));
  }

  @Test
  void aNumberedUnitStartsAParagraphEvenAfterAFullLine() {
    String text = Texts.spaced(
        "8. Trade union work on these lines would",
        "restore ties with the economic agencies.",
        "9. After the Third Congress, the trade",
        "unions failed.");
    List<Paragraph> ps = split(text, SPACED_40, EditionConfig.defaults());
    assertEquals(2, ps.size());
    assertTrue(ps.get(1).text().text().startsWith("9. After"));
  }

  @Test
  void aNumberMidSentenceDoesNotStartAParagraph() {
    String text = Texts.spaced(
        "The conference was held from November 2",
        "6. It was the fifth of its kind and it",
        "ended.");
    assertEquals(1, split(text, SPACED_40, EditionConfig.defaults()).size());
  }

  @Test
  void anUnfinishedParagraphBeforeALargerGapEndsInLostText() {
    String text = "But I had no time to read all the speeches\n\n"
        + "and the reports, and so I must beg your\n\n\n"
        + "My principal material is the pamphlet.\n";
    List<Paragraph> ps = split(text, SPACED_40, EditionConfig.defaults());
    assertEquals(2, ps.size());
    assertTrue(ps.get(0).endsInGap());
    assertFalse(ps.get(1).endsInGap());
  }

  @Test
  void theLastParagraphBreakingOffAtTheEndOfTheFileEndsInLostText() {
    List<Paragraph> ps = split("It won 8 votes, as against 7 for\n", SPACED_40, EditionConfig.defaults());
    assertTrue(ps.get(0).endsInGap());
  }

  @Test
  void aCompleteSentenceBeforeALargerGapIsNotLost() {
    String text = "Our Congress will condemn it. (Prolonged, stormy applause.)\n\n\n\nNotes follow.\n";
    assertFalse(split(text, new Layout(Layout.Kind.BLOCKS, 60, 1, Resp.BUILDER), EditionConfig.defaults()).get(0).endsInGap());
  }

  @Test
  void theEditorsBreaksJoinsAndGapsWinAndAreAttributed() {
    String text = Texts.spaced(
        "This is the first paragraph, wrapped at",
        "forty columns here and the third line is",
        "long enough to run on to the next line of",
        "the text.");
    EditionConfig config = withLayout(new EditionConfig.LayoutConfig(null, null, List.of(5), List.of(), null, null),
        new EditionConfig.GapsConfig(List.of(3), List.of()));
    List<Paragraph> ps = split(text, SPACED_40, config);
    assertEquals(2, ps.size());
    assertEquals(new Resp("editor"), ps.get(1).resp());
    assertTrue(ps.get(0).inlines().stream().anyMatch(i -> i instanceof Inline.LostText l && l.resp().isEditor()));
  }

  @Test
  void theEditorCanJoinWhatTheRuleWouldSplit() {
    String text = Texts.spaced("A short line.", "Continues here.");
    EditionConfig config = withLayout(new EditionConfig.LayoutConfig(null, null, List.of(), List.of(3), null, null), null);
    assertEquals(1, split(text, SPACED_40, config).size());
  }

  @Test
  void positionsMapBackToTheSource() {
    SourceText src = Texts.source("Title\n\n   Indented line of text that is long\n\ncontinued.\n");
    List<Paragraph> ps = paragrapher.split(src, SPACED_40, EditionConfig.defaults(), new DiagnosticSink());
    Paragraph p = ps.get(1);
    assertEquals(3, p.text().spanOf(0).line());
    assertEquals(4, p.text().spanOf(0).column());
    int offset = p.text().text().indexOf("continued");
    assertEquals(5, p.text().spanOf(offset).line());
    assertEquals(1, p.text().spanOf(offset).column());
  }

  static EditionConfig withLayout(EditionConfig.LayoutConfig layout, EditionConfig.GapsConfig gaps) {
    EditionConfig d = EditionConfig.defaults();
    return new EditionConfig(d.edition(), d.source(), layout, d.front(), d.notes(), d.embedded(), d.headings(),
        gaps, null, d.register(), d.stages(), d.quotations(), d.emendations(), d.names(), d.dates(),
        d.regularisations(), d.witnesses(), d.apparatus(), d.lemmata());
  }
}
