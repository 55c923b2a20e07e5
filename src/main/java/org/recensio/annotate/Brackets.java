package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parenthesised and bracketed stretches of a text, "(…)" and "[…]", innermost pairs only. */
final class Brackets {
  private static final Pattern PAIR = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");

  /** A pair of delimiters from {@code start} to {@code end}, both included; {@code rend} names them. */
  record Pair(int start, int end, String rend) {
    int contentStart() {
      return start + 1;
    }

    int contentEnd() {
      return end - 1;
    }
  }

  private Brackets() {}

  static List<Pair> in(String text) {
    List<Pair> out = new ArrayList<>();
    if (text.indexOf('(') < 0 && text.indexOf('[') < 0) {
      return out;
    }
    Matcher m = PAIR.matcher(text);
    while (m.find()) {
      out.add(new Pair(m.start(), m.end(), text.charAt(m.start()) == '(' ? "()" : "[]"));
    }
    return out;
  }

  /** The delimiters of a printed text that starts and ends with a matching pair, or "". */
  static String rendOf(String printed) {
    if (printed.length() >= 2 && printed.startsWith("(") && printed.endsWith(")")) {
      return "()";
    }
    return printed.length() >= 2 && printed.startsWith("[") && printed.endsWith("]") ? "[]" : "";
  }
}
