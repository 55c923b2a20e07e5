package org.recensio.annotate;

import java.util.Locale;

/** The case patterns of a word: lower, Capitalised, UPPER, or mixed ("controI", "inApril"). */
final class Casing {
  private Casing() {}

  static boolean isLower(String s) {
    return s.equals(s.toLowerCase(Locale.ROOT));
  }

  static boolean isUpper(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT)) && !isLower(s);
  }

  static boolean isCapitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0))
        && isLower(s.substring(Character.charCount(s.codePointAt(0))));
  }

  /** Lower, Capitalised or UPPER: a case a dictionary word may be printed in. */
  static boolean isFoldable(String s) {
    return isLower(s) || isCapitalised(s) || isUpper(s);
  }

  static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(s.substring(Character.charCount(first))).toString();
  }

  /** {@code word} (lower case) printed in the case of {@code like}: capitalised or upper when it is. */
  static String like(String like, String word) {
    if (isUpper(like) && like.length() > 1) {
      return word.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(like.codePointAt(0)) ? capitalise(word) : word;
  }
}
