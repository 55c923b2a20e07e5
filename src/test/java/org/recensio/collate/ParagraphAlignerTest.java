package org.recensio.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphAlignerTest {
  private static final String P1 = "Comrades, I must first of all apologise for departing from the rules of procedure.";
  private static final String P2 = "My principal material is Comrade Trotsky’s pamphlet, The Role and Tasks of the Trade "
      + "Unions. When I compare it with the theses he submitted, I am amazed at the number of mistakes.";
  private static final String P2A = "My principal material is Comrade Trotsky’s pamphlet, The Role and Tasks of the Trade "
      + "Unions.";
  private static final String P2B = "When I compare it with the theses he submitted, I am amazed at the number of mistakes.";
  private static final String P3 = "Trade unions are not just historically necessary; they are historically inevitable.";
  private static final String NEW = "This paragraph was printed only in the newspaper and nowhere else at all.";

  private static List<ParagraphAligner.Group> align(List<String> base, List<String> witness) {
    return new ParagraphAligner().align(base, witness);
  }

  private static ParagraphAligner.Group g(int bf, int bt, int wf, int wt) {
    return new ParagraphAligner.Group(bf, bt, wf, wt);
  }

  @Test
  void sameParagraphsAlignOneToOne() {
    assertEquals(List.of(g(0, 1, 0, 1), g(1, 2, 1, 2), g(2, 3, 2, 3)),
        align(List.of(P1, P2, P3), List.of(P1, P2.replace("amazed", "astonished"), P3)));
  }

  @Test
  void aParagraphSplitInTheWitnessIsOneToTwo() {
    assertEquals(List.of(g(0, 1, 0, 1), g(1, 2, 1, 3), g(2, 3, 3, 4)),
        align(List.of(P1, P2, P3), List.of(P1, P2A, P2B, P3)));
  }

  @Test
  void twoParagraphsMergedInTheWitnessAreTwoToOne() {
    assertEquals(List.of(g(0, 1, 0, 1), g(1, 3, 1, 2), g(3, 4, 2, 3)),
        align(List.of(P1, P2A, P2B, P3), List.of(P1, P2, P3)));
  }

  @Test
  void aLostParagraphIsOneToNoneAndAnAddedOneNoneToOne() {
    assertEquals(List.of(g(0, 1, 0, 1), g(1, 2, 1, 1), g(2, 3, 1, 2)), align(List.of(P1, P2, P3), List.of(P1, P3)));
    assertEquals(List.of(g(0, 1, 0, 1), g(1, 1, 1, 2), g(1, 2, 2, 3)), align(List.of(P1, P3), List.of(P1, NEW, P3)));
  }

  @Test
  void anAddedParagraphNextToAMatchingOneIsNotTakenForASplit() {
    assertEquals(List.of(g(0, 1, 0, 1), g(1, 1, 1, 2)), align(List.of(P1), List.of(P1, NEW)));
  }
}
