package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text with their offsets. A word is a run of letters and digits; an apostrophe
 * between letters stays inside ("Trotsky’s", "don’t"). Hyphens split words but are remembered:
 * a word's {@code compound} is the whole hyphenated compound it belongs to ("co-ordinating",
 * "was-held"), a line-end hyphen included ("co-\nordinating").
 */
final class WordTokens {
  private WordTokens() {}

  /** One word: [start, end) of the text, and [compoundStart, compoundEnd) of its compound. */
  record Token(int start, int end, String text, int compoundStart, int compoundEnd) {
    boolean inCompound() {
      return compoundStart != start || compoundEnd != end;
    }
  }

  static List<Token> of(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < text.length() && (isWordChar(text.charAt(i)) || isInnerApostrophe(text, i))) {
        i++;
      }
      words.add(new int[] {s, i});
    }
    return withCompounds(text, words);
  }

  private static List<Token> withCompounds(String text, List<int[]> words) {
    List<Token> out = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      int j = k;
      while (j + 1 < words.size() && hyphenBetween(text, words.get(j)[1], words.get(j + 1)[0])) {
        j++;
      }
      int cs = words.get(k)[0];
      int ce = words.get(j)[1];
      for (int n = k; n <= j; n++) {
        int[] w = words.get(n);
        out.add(new Token(w[0], w[1], text.substring(w[0], w[1]), cs, ce));
      }
      k = j + 1;
    }
    return out;
  }

  /** "-" or "-\n" (a line-end hyphen) alone between two words. */
  private static boolean hyphenBetween(String text, int end, int next) {
    String between = text.substring(end, next);
    return between.equals("-") || between.equals("-\n");
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isInnerApostrophe(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’') && i > 0 && Character.isLetter(text.charAt(i - 1))
        && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }
}
