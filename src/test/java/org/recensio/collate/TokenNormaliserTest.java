package org.recensio.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenNormaliserTest {
  private static List<String> printed(String text) {
    return TokenNormaliser.tokens(0, text).stream().map(Token::printed).toList();
  }

  private static List<String> normal(String text) {
    return TokenNormaliser.tokens(0, text).stream().map(Token::normal).toList();
  }

  @Test
  void wordsPunctuationAndDashRunsAreTokens() {
    assertEquals(List.of("Trotsky’s", "pamphlet", ",", "R", ".", "C", ".", "—", "well", "[", "4b", "]"),
        printed("Trotsky’s pamphlet, R.C.— well [4b]"));
  }

  @Test
  void aLineEndHyphenIsInsideTheWordAndFoldedAway() {
    assertEquals(List.of("organi-\nsation"), printed("organi-\nsation"));
    assertEquals(normal("organisation"), normal("organi-\nsation"));
    assertEquals(normal("organi-sation"), normal("organi-\nsation"));
  }

  @Test
  void caseQuotationGlyphsAndDashesAreNormalisedForComparisonOnly() {
    assertEquals(normal("\"state\""), normal("“State”"));
    assertEquals(normal("Trotsky's"), normal("Trotsky’s"));
    assertEquals(normal("a -- b"), normal("a — b"));
    assertEquals(List.of("“", "State", "”"), printed("“State”"));
  }

  @Test
  void spellingKeyFoldsBritishAndAmericanSpellings() {
    assertEquals(TokenNormaliser.spellingKey("organisation"), TokenNormaliser.spellingKey("organization"));
    assertEquals(TokenNormaliser.spellingKey("labour"), TokenNormaliser.spellingKey("labor"));
    assertEquals(TokenNormaliser.spellingKey("centre"), TokenNormaliser.spellingKey("center"));
    assertEquals("four", TokenNormaliser.spellingKey("four"));
  }
}
