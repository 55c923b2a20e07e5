package org.recensio.annotate;

import java.util.List;
import java.util.Objects;

/**
 * The policy of the emendation detector, as data: which word lists judge a token, the OCR
 * confusions it knows (what is printed, what was meant, how likely the mistake is, expressed as
 * a cost below the cost of a plain edit), and its thresholds.
 *
 * @param wordLists word lists of {@code org.languagetool:english-pos-dict} (en_GB, en_US …)
 * @param confusions OCR confusions, printed form to intended form
 * @param plainEditCost the cost of an edit that no known confusion explains (a missing letter …)
 * @param missingSpaceCost the cost of reading two run-together words ("Wecould") as two
 * @param maxCost candidates that cost more are not proposed
 * @param minFrequency word-list frequency class (0–25) a word needs to be proposed as a correction
 * @param functionWordFrequency frequency class from which a word before a hyphen is a function
 *     word that is never the first part of a compound ("was-held", "the-co-ordination")
 * @param minPlainEditLength tokens shorter than this are corrected by known confusions only
 * @param documentVocabulary occurrences in the document from which an unknown form counts as a
 *     word of the document (a name, a transliterated word: "Tsektran", "Glavpolitput")
 */
public record OcrRules(List<String> wordLists, List<Confusion> confusions, double plainEditCost,
    double missingSpaceCost, double maxCost, int minFrequency, int functionWordFrequency, int minPlainEditLength,
    int documentVocabulary) {

  /** One OCR confusion: {@code printed} was read where {@code intended} stood. */
  public record Confusion(String printed, String intended, double cost) {
    public Confusion {
      Objects.requireNonNull(printed, "printed");
      Objects.requireNonNull(intended, "intended");
      if (printed.isEmpty() || cost <= 0) {
        throw new IllegalArgumentException("a confusion replaces something, at a positive cost");
      }
    }

    /** How a proposal names it: "i/l". */
    public String label() {
      return printed + "/" + intended;
    }
  }

  public OcrRules {
    wordLists = List.copyOf(wordLists);
    confusions = List.copyOf(confusions);
  }

  private static Confusion c(String printed, String intended, double cost) {
    return new Confusion(printed, intended, cost);
  }

  /** The usual confusions of OCR on English book pages (both directions where both occur). */
  public static final OcrRules DEFAULT = new OcrRules(List.of("en_GB", "en_US"), List.of(
      c("I", "l", 0.4), c("l", "I", 0.5), c("1", "l", 0.5), c("l", "1", 0.5), c("I", "1", 0.5), c("1", "I", 0.5),
      c("i", "l", 0.5), c("l", "i", 0.5), c("I", "f", 0.6), c("t", "f", 0.7), c("f", "t", 0.7),
      c("rn", "m", 0.4), c("m", "rn", 0.5), c("c", "e", 0.4), c("e", "c", 0.4), c("o", "c", 0.6), c("c", "o", 0.5),
      c("o", "e", 0.5), c("e", "o", 0.5), c("a", "o", 0.7), c("o", "a", 0.7), c("vv", "w", 0.4), c("w", "vv", 0.6),
      c("v", "y", 0.5), c("y", "v", 0.5), c("cl", "d", 0.4), c("d", "cl", 0.6), c("li", "h", 0.5), c("h", "li", 0.6),
      c("g", "q", 0.5), c("q", "g", 0.5), c("n", "u", 0.6), c("u", "n", 0.6), c("ii", "u", 0.5), c("h", "b", 0.7),
      c("b", "h", 0.7), c("0", "o", 0.3), c("0", "O", 0.3), c("5", "s", 0.4), c("5", "S", 0.4), c("S", "5", 0.5),
      c("O", "0", 0.5), c("o", "0", 0.5)),
      1.0, 0.5, 2.0, 1, 19, 5, 2);
}
