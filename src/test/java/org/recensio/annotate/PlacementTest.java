package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.model.Inline;
import org.recensio.model.LineSlice;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.TextBlock;

class PlacementTest {
  private static final Inline.Decision SURE = Inline.Decision.builder("high");

  private static Paragraph paragraph(String text, Inline... inlines) {
    return new Paragraph(TextBlock.of("t.txt", List.of(new LineSlice(0, 1, 1)), text), List.of(inlines), Resp.BUILDER);
  }

  private static String place(Placement placement, Paragraph p, int start, int end) {
    return placement.over(p).place(start, end).map(s -> s[0] + ".." + s[1]).orElse("no");
  }

  @Test
  void aNameGoesIntoTheReferenceOfACitationButNotIntoItsLabel() {
    String text = "“words” (p. 31 of Trotsky’s pamphlet) [1]";
    Paragraph p = paragraph(text, new Inline.Citation(0, 37), new Inline.Quote(0, 7, Inline.QuoteKind.QUOTE, "“”", SURE),
        new Inline.Bibl(8, 37, "()"), new Inline.Label(38, 41));
    assertEquals("18..25", place(Placement.NAME, p, 18, 25));
    assertEquals("no", place(Placement.NAME, p, 39, 40));
  }

  @Test
  void aNameNeverCrossesAnotherInline() {
    Paragraph p = paragraph("said “Comrade Trotsky” here", new Inline.Quote(5, 22, Inline.QuoteKind.Q, "“”", SURE));
    assertEquals("no", place(Placement.NAME, p, 0, 8));
    assertEquals("14..21", place(Placement.NAME, p, 14, 21));
  }

  @Test
  void aNameHoldsAChoiceOverTheSameWordsOrStartingInIt() {
    Paragraph p = paragraph("Tsektrall and Trotsky ’s",
        new Inline.Emendation(0, 9, "Tsektran", SURE), new Inline.Regularisation(14, 24, "Trotsky’s", SURE));
    assertEquals("0..9", place(Placement.NAME, p, 0, 9));
    assertEquals("14..24", place(Placement.NAME, p, 14, 21));
    assertEquals("no", place(Placement.DATE, p, 0, 9), "a date holds nothing");
  }

  @Test
  void noSecondNameOrDateOverTheSameWords() {
    Paragraph p = paragraph("Ryazanov spoke", new Inline.Name(0, 8, Inline.NameKind.PERSON, "ryazanov", SURE));
    assertEquals("no", place(Placement.NAME, p, 0, 8));
    assertTrue(place(Placement.NAME, p, 9, 14).equals("9..14"));
  }
}
