package org.recensio.model;

/**
 * The one definition of whitespace used everywhere: the Unicode White_Space property, so that
 * no-break spaces, form feeds and tabs count as whitespace. The nothing-is-lost rule compares
 * texts with exactly these characters removed.
 */
public final class Whitespace {
  private Whitespace() {}

  public static boolean is(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || codePoint == 0x85;
  }

  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int c = Character.codePointAt(s, i);
      if (!is(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** The text with every whitespace character removed. */
  public static String strip(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(c -> !is(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Collapses every run of whitespace into one ordinary space and trims both ends. */
  public static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pending = false;
    for (int i = 0; i < s.length(); ) {
      int c = Character.codePointAt(s, i);
      i += Character.charCount(c);
      if (is(c)) {
        pending = out.length() > 0;
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}
