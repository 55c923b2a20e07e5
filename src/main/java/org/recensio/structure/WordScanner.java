package org.recensio.structure;

import java.util.function.Consumer;

/**
 * Finds words and line-end hyphenation sites in a block's text, in one linear pass each, without
 * regular expressions. A word is what {@code \p{L}+(?:[-'’]\p{L}+)*} finds: letters, possibly
 * joined by single hyphens or apostrophes. A site is what {@code (\p{L}+)-\n(\p{Ll}\p{L}*)} finds
 * with {@code find(from)}. Letters are code points of the Unicode categories L*, lower case ones
 * of Ll, as in those expressions. Package-private.
 */
final class WordScanner {
  private static final String JOINERS = "-'’";
  private static final String HYPHEN_BREAK = "-\n";

  private WordScanner() {}

  /** A site: the letters before the hyphen, the offset of the hyphen, the letters after the break. */
  record Site(String before, int hyphen, String after) {}

  /** Passes every word of {@code text}, left to right, to {@code out}. */
  static void words(String text, Consumer<String> out) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      i = letters(text, i);
      while (i + 1 < text.length() && JOINERS.indexOf(text.charAt(i)) >= 0
          && Character.isLetter(text.codePointAt(i + 1))) {
        i = letters(text, i + 1);
      }
      out.accept(text.substring(start, i));
    }
  }

  /** The first site that starts at or after {@code from}, or null. */
  static Site site(String text, int from) {
    for (int h = text.indexOf(HYPHEN_BREAK, from); h >= 0; h = text.indexOf(HYPHEN_BREAK, h + 1)) {
      int start = lettersBefore(text, h, from);
      int after = h + HYPHEN_BREAK.length();
      if (start == h || after >= text.length()
          || Character.getType(text.codePointAt(after)) != Character.LOWERCASE_LETTER) {
        continue;
      }
      return new Site(text.substring(start, h), h, text.substring(after, letters(text, after)));
    }
    return null;
  }

  /** The end of the run of letters that starts at {@code i}. */
  private static int letters(String text, int i) {
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** The start of the run of letters that ends at {@code end}, not before {@code limit}. */
  private static int lettersBefore(String text, int end, int limit) {
    int i = end;
    while (i > limit) {
      int c = text.codePointBefore(i);
      if (!Character.isLetter(c) || i - Character.charCount(c) < limit) {
        break;
      }
      i -= Character.charCount(c);
    }
    return i;
  }
}
