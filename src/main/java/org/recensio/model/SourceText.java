package org.recensio.model;

import java.util.List;
import java.util.Objects;

/**
 * A decoded transcript: its display name, the charset it was read in, and its physical lines
 * (terminators LF, CRLF and CR all end a line). Immutable; the raw file is never modified.
 */
public record SourceText(String name, String charset, List<SourceLine> lines) {
  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(charset, "charset");
    lines = List.copyOf(lines);
  }

  public SourceLine line(int number) {
    return lines.get(number - 1);
  }

  /** Number of characters of text (excluding terminators), for throughput figures. */
  public long length() {
    long n = 0;
    for (SourceLine l : lines) {
      n += l.text().length();
    }
    return n;
  }
}
