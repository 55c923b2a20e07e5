package org.recensio.annotate;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.Whitespace;

/**
 * What follows a quotation: elision dots after the closing mark (“… for us”. . .), which belong
 * to the quotation, and a parenthesised reference ("(thesis 41, p. 31 of Trotsky’s pamphlet)"),
 * which makes the quotation and the reference a citation when only whitespace lies between them.
 * Elision dots are taken into the quotation only when a reference follows them or they end a
 * paragraph the quotation opens; the marks then stay text inside the quotation. A reference
 * followed by the paragraph's closing full stop takes the stop, keeping its parentheses as text.
 */
final class CitationFinder {
  private static final Pattern ELISION = Pattern.compile("\\G[ \\t]*(?:\\.(?:\\s*\\.)+|…)");
  private static final Pattern CLOSING_STOP = Pattern.compile("[.;,]?\\s*");

  /**
   * Where the quotation ends ({@code quoteEnd}, past any elision it takes), whether its marks
   * must stay text, and the reference [biblStart, biblEnd) with its rend (empty when none).
   */
  record Extent(int quoteEnd, boolean marksAsText, int biblStart, int biblEnd, String biblRend) {
    boolean cited() {
      return biblEnd > biblStart;
    }
  }

  private final Pattern reference;

  CitationFinder(Pattern reference) {
    this.reference = reference;
  }

  /**
   * The extent of the quotation ending at {@code end}; {@code opensParagraph} when it starts the
   * paragraph; {@code taken} tells offsets that other markup already holds (a stage direction).
   */
  Extent after(String text, int end, boolean opensParagraph, IntPredicate taken) {
    Matcher dots = ELISION.matcher(text).region(end, text.length());
    int quoteEnd = dots.lookingAt() ? dots.end() : end;
    int paren = skipSpace(text, quoteEnd);
    int close = paren < text.length() && text.charAt(paren) == '(' && !taken.test(paren) ? closing(text, paren) : -1;
    if (close > 0 && reference.matcher(text.substring(paren + 1, close)).find()) {
      boolean toEnd = opensParagraph && close + 1 < text.length()
          && CLOSING_STOP.matcher(text.substring(close + 1)).matches();
      return new Extent(quoteEnd, quoteEnd > end, paren, toEnd ? text.length() : close + 1, toEnd ? "" : "()");
    }
    if (opensParagraph && quoteEnd > end && Whitespace.isBlank(text.substring(quoteEnd))) {
      return new Extent(text.length(), true, 0, 0, "");
    }
    return new Extent(end, false, 0, 0, "");
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
