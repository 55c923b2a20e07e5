package org.recensio.structure;

import java.util.regex.Pattern;

/** When a paragraph reads as complete: it ends with a sentence end, closing marks aside. */
final class LostTextRule {
  private static final Pattern TRAILER = Pattern.compile("(?:\\s*(?:\\[\\d{1,3}[a-z]?\\]|[”’\"')\\]»]))+$");
  private static final Pattern COMPLETE = Pattern.compile("[.!?…]$");

  private LostTextRule() {}

  static boolean endsComplete(String text) {
    String t = LineText.trim(text);
    String core = TRAILER.matcher(t).replaceFirst("");
    return core.isEmpty() || COMPLETE.matcher(core).find();
  }
}
