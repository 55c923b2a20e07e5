package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.Paragraph;

/**
 * Where the editor's quotation lies in a paragraph: the printed text (whitespace collapsed),
 * starting on the decision's source line when it names one; and which marks it is printed with.
 */
final class QuotePlaces {
  private static final String MARKS = "“”‘’\"'";

  private QuotePlaces() {}

  static List<int[]> find(Paragraph p, Integer line, String printed) {
    if (line != null && (line < p.text().firstLine() || line > p.text().lastLine())) {
      return List.of();
    }
    String[] words = printed.strip().split("\\s+");
    StringBuilder regex = new StringBuilder();
    for (String w : words) {
      regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    List<int[]> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex.toString()).matcher(p.text().text());
    while (m.find()) {
      if (line == null || p.text().spanOf(m.start()).line() == line) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** The rend of a quotation printed over [start, end): its first and last characters when both are marks. */
  static String marks(String text, int start, int end) {
    if (end - start < 3) {
      return "";
    }
    char open = text.charAt(start);
    char close = text.charAt(end - 1);
    String content = text.substring(start + 1, end - 1).strip();
    boolean marks = MARKS.indexOf(open) >= 0 && MARKS.indexOf(close) >= 0 && !content.isEmpty()
        && content.charAt(0) != open && content.charAt(content.length() - 1) != close;
    return marks ? "" + open + close : "";
  }
}
