package org.recensio.annotate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Whitespace;

/**
 * Finds the editor's decision about one place of the text. A decision in the configuration names
 * the source line where the printed text starts and the printed text itself (whitespace
 * collapsed); with no line, it applies wherever that text is printed.
 */
public final class Decisions {
  private Decisions() {}

  public static <T> Optional<T> find(List<T> decisions, Paragraph p, int start, int end,
      Function<T, Integer> line, Function<T, String> text) {
    if (decisions.isEmpty()) {
      return Optional.empty();
    }
    SourceSpan at = p.text().spanOf(start);
    String printed = Whitespace.collapse(p.text().text().substring(start, end));
    return decisions.stream()
        .filter(d -> text.apply(d) != null && Whitespace.collapse(text.apply(d)).equals(printed))
        .filter(d -> line.apply(d) == null || line.apply(d) == at.line())
        .findFirst();
  }
}
