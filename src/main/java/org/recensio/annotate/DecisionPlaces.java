package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.recensio.model.Paragraph;

/**
 * Where the editor's decisions about names and dates apply in one paragraph: the first place
 * where a decision's printed text starts on the decision's source line, or, for a decision
 * without a line, every place; the text as whole words, any whitespace between them.
 */
final class DecisionPlaces {
  private DecisionPlaces() {}

  /** One place: the span of the printed text and the decision about it. */
  record Place<T>(int start, int end, T decision) {
    boolean overlaps(int s, int e) {
      return start < e && s < end;
    }
  }

  static <T> List<Place<T>> in(Paragraph p, List<T> decisions, Function<T, Integer> line, Function<T, String> text) {
    List<Place<T>> out = new ArrayList<>();
    String body = p.text().text();
    for (T d : decisions) {
      String printed = text.apply(d);
      if (printed == null || printed.isBlank() || !mayBeIn(p, line.apply(d))) {
        continue;
      }
      Matcher m = TextForms.of(printed).matcher(body);
      while (m.find()) {
        if (line.apply(d) == null) {
          out.add(new Place<>(m.start(), m.end(), d));
        } else if (p.text().spanOf(m.start()).line() == line.apply(d)) {
          out.add(new Place<>(m.start(), m.end(), d));
          break;
        }
      }
    }
    return out;
  }

  private static boolean mayBeIn(Paragraph p, Integer line) {
    return line == null || (p.text().firstLine() <= line && line <= p.text().lastLine());
  }
}
