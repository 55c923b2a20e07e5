package org.recensio.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.recensio.model.Inline.VariantType;

class VariantClassifierTest {
  private static VariantType type(String lemma, String reading) {
    return VariantClassifier.classify(TokenNormaliser.tokens(0, lemma), TokenNormaliser.tokens(0, reading), false);
  }

  @Test
  void otherWordsAreSubstantive() {
    assertEquals(VariantType.SUBSTANTIVE, type("question", "problem"));
  }

  @Test
  void spellingCaseAndHyphenationAreOrthographic() {
    assertEquals(VariantType.ORTHOGRAPHIC, type("organisation", "organization"));
    assertEquals(VariantType.ORTHOGRAPHIC, type("labour", "labor"));
    assertEquals(VariantType.ORTHOGRAPHIC, type("priority", "Priority"));
    assertEquals(VariantType.ORTHOGRAPHIC, type("non-Party", "nonparty"));
  }

  @Test
  void onlyPunctuationIsPunctuation() {
    assertEquals(VariantType.PUNCTUATION, type("work, and", "work; and"));
    assertEquals(VariantType.PUNCTUATION, type(",", ""));
    assertEquals(VariantType.PUNCTUATION, type("“state”", "\"state\""));
  }

  @Test
  void missingWordsAreAnOmissionAndNewOnesAnAddition() {
    assertEquals(VariantType.OMISSION, type("only", ""));
    assertEquals(VariantType.OMISSION, type("not only a", "not a"));
    assertEquals(VariantType.ADDITION, type("", "indeed"));
    assertEquals(VariantType.ADDITION, type("it is", "it indeed is"));
  }

  @Test
  void theSameWordsReorderedAreATransposition() {
    assertEquals(VariantType.TRANSPOSITION, type("take account", "account take"));
  }

  @Test
  void aParagraphBreakAloneIsParagraphing() {
    assertEquals(VariantType.PARAGRAPHING, VariantClassifier.classify(java.util.List.of(), java.util.List.of(), true));
  }
}
