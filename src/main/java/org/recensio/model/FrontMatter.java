package org.recensio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transcript's opening: author line, title lines, occasion, date line, labelled lines, and
 * any other paragraph found there (kept, never dropped). Paragraphs appear in source order when
 * sorted by their first line.
 */
public record FrontMatter(
    Optional<Paragraph> author,
    List<Paragraph> titleLines,
    List<Paragraph> occasion,
    Optional<Paragraph> dateLine,
    Optional<DateValue> date,
    List<LabelledLine> labelled,
    List<Paragraph> other,
    Optional<Bibliography> bibliography) {
  public FrontMatter {
    Objects.requireNonNull(bibliography, "bibliography");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(dateLine, "dateLine");
    Objects.requireNonNull(date, "date");
    titleLines = List.copyOf(titleLines);
    occasion = List.copyOf(occasion);
    labelled = List.copyOf(labelled);
    other = List.copyOf(other);
  }

  public static FrontMatter empty() {
    return new FrontMatter(Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
  }

  public Optional<LabelledLine> labelled(String key) {
    return labelled.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /**
   * The title as one line: the title lines joined with ", " (or a space before a line that
   * continues the one before: "And Trotsky’s Mistakes"), note markers left out.
   */
  public String titleText(java.util.function.Function<Paragraph, String> plain) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : titleLines) {
      String line = plain.apply(p);
      if (sb.length() > 0) {
        sb.append(CONTINUATION.matcher(line).find() ? " " : ", ");
      }
      sb.append(line);
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile(
      "^(?:\\p{Ll}|(?:And|Or|Of|In|On|For|With|To|At|By|From|Against|Versus|But)\\b)");

  /** The same front matter with every paragraph passed through {@code f}. */
  public FrontMatter map(java.util.function.UnaryOperator<Paragraph> f) {
    return new FrontMatter(author.map(f), titleLines.stream().map(f).toList(), occasion.stream().map(f).toList(),
        dateLine.map(f), date,
        labelled.stream().map(l -> new LabelledLine(l.label(), l.key(), l.labelEnd(), f.apply(l.paragraph()))).toList(),
        other.stream().map(f).toList(), bibliography);
  }

  /** Every paragraph, in no particular order. */
  public java.util.stream.Stream<Paragraph> paragraphs() {
    return java.util.stream.Stream.of(author.stream(), titleLines.stream(), occasion.stream(), dateLine.stream(),
        labelled.stream().map(LabelledLine::paragraph), other.stream()).flatMap(s -> s);
  }
}
