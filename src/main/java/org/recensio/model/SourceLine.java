package org.recensio.model;

import java.util.Objects;

/** One physical line of the transcript as decoded, without its line terminator. */
public record SourceLine(int number, String text) {
  public SourceLine {
    Objects.requireNonNull(text, "text");
    if (number < 1) {
      throw new IllegalArgumentException("line numbers start at 1");
    }
  }

  /** True when the line holds nothing but whitespace (including no-break spaces and form feeds). */
  public boolean isBlank() {
    return Whitespace.isBlank(text);
  }
}
