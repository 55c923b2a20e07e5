package org.recensio.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A date read from the text as ISO 8601: a single day ({@code when}) or a range ({@code from},
 * {@code to}). {@code yearFromContext} is true when the year was not printed with it.
 */
public record DateValue(Optional<String> when, Optional<String> from, Optional<String> to, boolean yearFromContext) {
  public DateValue {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (when.isPresent() == from.isPresent()) {
      throw new IllegalArgumentException("a date is either a day or a range");
    }
  }

  public static DateValue day(String iso) {
    return new DateValue(Optional.of(iso), Optional.empty(), Optional.empty(), false);
  }

  public static DateValue range(String fromIso, String toIso) {
    return new DateValue(Optional.empty(), Optional.of(fromIso), Optional.of(toIso), false);
  }

  /** The first day the date covers, for headers that want one. */
  public String start() {
    return when.orElseGet(from::get);
  }
}
