package org.recensio.structure;

import org.recensio.model.Whitespace;

/** Small helpers over one line's text, measured in code points. Package-private. */
final class LineText {
  private LineText() {}

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Offset of the first non-whitespace character, or the length when there is none. */
  static int leading(String s) {
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!Whitespace.is(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** Offset just past the last non-whitespace character. */
  static int trailing(String s) {
    int i = s.length();
    while (i > 0) {
      int c = s.codePointBefore(i);
      if (!Whitespace.is(c)) {
        break;
      }
      i -= Character.charCount(c);
    }
    return i;
  }

  static String trim(String s) {
    int a = leading(s);
    int b = trailing(s);
    return a >= b ? "" : s.substring(a, b);
  }

  private static final java.util.regex.Pattern SENTENCE_INSIDE =
      java.util.regex.Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");

  /** True when a sentence ends inside the text and another begins: prose, not a heading or title. */
  static boolean hasSentenceInside(String text) {
    return SENTENCE_INSIDE.matcher(text).find();
  }

  /** The first whitespace-delimited word of a trimmed line. */
  static String firstWord(String trimmed) {
    for (int i = 0; i < trimmed.length(); ) {
      int c = trimmed.codePointAt(i);
      if (Whitespace.is(c)) {
        return trimmed.substring(0, i);
      }
      i += Character.charCount(c);
    }
    return trimmed;
  }
}
