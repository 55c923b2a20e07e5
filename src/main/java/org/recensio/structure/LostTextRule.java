package org.recensio.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a paragraph reads as complete: it ends with a sentence end, closing marks aside. */
final class LostTextRule {
  private static final Pattern TRAILER = Pattern.compile("(?:\\s*(?:\\[\\d{1,3}[a-z]?\\]|[”’\"')\\]»]))+$");
  private static final Pattern COMPLETE = Pattern.compile("[.!?…]$");
  /** Every character a {@link #TRAILER} match can hold: whitespace, markers, closing marks. */
  private static final String TRAILER_CHARS = " \t\n\u000B\f\r[]0123456789abcdefghijklmnopqrstuvwxyz”’\"')»";
  /** A {@link #COMPLETE} match starts at most this far from the end (the mark and a CR LF). */
  private static final int COMPLETE_REACH = 3;

  private LostTextRule() {}

  static boolean endsComplete(String text) {
    String t = LineText.trim(text);
    // both patterns end in $: search only the tail that can match, not the whole paragraph
    Matcher trailer = TRAILER.matcher(t).region(trailerCandidates(t), t.length());
    String core = !trailer.find() ? t
        : trailer.end() == t.length() ? t.substring(0, trailer.start())
        : t.substring(0, trailer.start()) + t.substring(trailer.end());
    return core.isEmpty()
        || COMPLETE.matcher(core).region(Math.max(0, core.length() - COMPLETE_REACH), core.length()).find();
  }

  /** The start of the longest tail made only of characters a trailer can hold. */
  private static int trailerCandidates(String t) {
    int i = t.length();
    while (i > 0 && TRAILER_CHARS.indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }
}
