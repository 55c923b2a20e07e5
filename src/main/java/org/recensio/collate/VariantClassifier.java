package org.recensio.collate;

import java.util.ArrayList;
import java.util.List;
import org.recensio.model.Inline.VariantType;

/**
 * Classifies a reading against the lemma: omission (the witness lacks words of the copy text and
 * has none of its own), addition (the reverse), punctuation (the words are printed alike; only
 * punctuation differs), orthographic (the same words after case, spelling and hyphenation are
 * folded), transposition (the same words in another order), substantive (anything else). A reading
 * printed like the lemma (whitespace aside) that starts a paragraph is paragraphing.
 */
final class VariantClassifier {
  private VariantClassifier() {}

  static VariantType classify(List<Token> lemma, List<Token> reading, boolean paragraphBreak) {
    if (printed(lemma).equals(printed(reading))) {
      return paragraphBreak ? VariantType.PARAGRAPHING : VariantType.ORTHOGRAPHIC;
    }
    List<String> a = words(lemma, false);
    List<String> b = words(reading, false);
    if (a.equals(b)) {
      return VariantType.PUNCTUATION;
    }
    if (reading.isEmpty()) {
      return VariantType.OMISSION;
    }
    if (lemma.isEmpty()) {
      return VariantType.ADDITION;
    }
    List<String> ka = words(lemma, true);
    List<String> kb = words(reading, true);
    if (ka.equals(kb)) {
      return VariantType.ORTHOGRAPHIC;
    }
    if (sorted(ka).equals(sorted(kb))) {
      return VariantType.TRANSPOSITION;
    }
    if (isSubsequence(kb, ka)) {
      return VariantType.OMISSION;
    }
    if (isSubsequence(ka, kb)) {
      return VariantType.ADDITION;
    }
    return VariantType.SUBSTANTIVE;
  }

  private static String printed(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    tokens.forEach(t -> sb.append(t.printed()));
    return sb.toString().replaceAll("\\s", "");
  }

  /** The words (not punctuation) as printed, or as spelling keys. */
  private static List<String> words(List<Token> tokens, boolean folded) {
    return tokens.stream().filter(Token::word)
        .map(t -> folded ? TokenNormaliser.spellingKey(t.normal()) : t.printed().replaceAll("\\s", "")).toList();
  }

  private static List<String> sorted(List<String> s) {
    List<String> out = new ArrayList<>(s);
    java.util.Collections.sort(out);
    return out;
  }

  /** True when every item of {@code small} occurs in {@code big}, in order. */
  static boolean isSubsequence(List<String> small, List<String> big) {
    int i = 0;
    for (String s : big) {
      if (i < small.size() && small.get(i).equals(s)) {
        i++;
      }
    }
    return i == small.size();
  }
}
