package org.recensio.annotate;

import java.util.Locale;
import java.util.Objects;
import org.recensio.model.SourceSpan;

/**
 * A proposed emendation: the printed form at [start, end) of its paragraph's text (and at
 * {@code span} in the source), the proposed form, how sure the detector is and why.
 */
public record Proposal(SourceSpan span, int start, int end, String printed, String proposed, Confidence confidence,
    String reason) {

  /** How sure: high (applied unless the editor says otherwise), medium and low (only reported). */
  public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String token() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Proposal {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(reason, "reason");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** {@code file:line:col: printed → proposed (confidence, reason)}. */
  public String format() {
    return span.location() + ": " + printed.replace('\n', ' ') + " → " + proposed + " (" + confidence.token() + ", "
        + reason + ")";
  }
}
