package org.recensio.model;

import java.util.Objects;

/**
 * How the transcript lays out its paragraphs, detected or configured. {@code wrapWidth} is 0 for
 * unwrapped text; {@code separator} is the usual number of blank lines between lines or
 * paragraphs, so that a longer run marks a larger gap.
 */
public record Layout(Kind kind, int wrapWidth, int separator, Resp resp) {
  public enum Kind {
    /** Hard-wrapped, a blank line after every line (the seed). */
    SPACED,
    /** Hard-wrapped, blank lines only between paragraphs. */
    BLOCKS,
    /** One paragraph per line. */
    LINES;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Layout {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resp, "resp");
  }
}
