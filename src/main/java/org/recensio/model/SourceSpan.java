package org.recensio.model;

import java.util.Objects;

/** A stretch of the transcript, 1-based line and column, end inclusive of its last character. */
public record SourceSpan(String source, int line, int column, int endLine, int endColumn) {
  public SourceSpan {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0 || endLine < line) {
      throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span for one point. */
  public static SourceSpan at(String source, int line, int column) {
    return new SourceSpan(source, line, column, line, column);
  }

  /** A span that refers to the whole file (line 0: no line applies). */
  public static SourceSpan file(String source) {
    return new SourceSpan(source, 0, 0, 0, 0);
  }

  /** Compiler-style location: {@code name:line:col}, or just the name when no line applies. */
  public String location() {
    return line == 0 ? source : source + ":" + line + ":" + column;
  }
}
