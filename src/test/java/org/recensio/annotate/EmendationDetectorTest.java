package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.model.Transcript;
import org.recensio.testing.Texts;

/** Issue 3, emendations: what the detector proposes, and what it leaves alone. */
class EmendationDetectorTest {
  private static List<String> proposals(String... lines) {
    Transcript t = Texts.structure(Texts.spaced(lines));
    EmendationDetector d = EmendationDetector.of(t, OcrRules.DEFAULT, WordList.defaults());
    return t.paragraphs().flatMap(p -> d.in(p).stream())
        .map(p -> p.printed() + " → " + p.proposed() + " " + p.confidence().token()).toList();
  }

  @Test
  void ocrConfusionsOfLettersAreCorrected() {
    assertEquals(List.of("controI → control high", "oI → of high", "awav → away high"),
        proposals("We want control of the work and controI of the whole oI it, carried awav, away with it."));
  }

  @Test
  void twoWordsPrintedAsOneAreSplit() {
    assertEquals(List.of("inApril → in April high"), proposals("It was set up inApril and not in April."));
  }

  @Test
  void aHyphenAfterAFunctionWordIsASpace() {
    assertEquals(List.of("was-held → was held medium"),
        proposals("The conference, which was-held in May, was business-like and so-called well-known."));
  }

  @Test
  void aCompoundPlaceNameIsNotCorrected() {
    assertEquals(List.of(), proposals("He spoke at Bar-le-Duc, and it was due to the war."));
  }

  @Test
  void wordsTheDocumentUsesTwiceAreWords() {
    assertEquals(List.of(), proposals("Tsektran met Glavpolitput; Tsektran and Glavpolitput met again."));
  }

  @Test
  void aWordTwoLettersFromAWordOfTheDocumentIsProposedWithMediumConfidence() {
    assertEquals(List.of("Tsektrall → Tsektran medium"),
        proposals("Tsektran met, and Tsektran again. Tsektrall was dissolved."));
  }
}
