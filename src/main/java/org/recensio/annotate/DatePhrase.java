package org.recensio.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.recensio.model.DateValue;

/**
 * A date found in the text, before its year is settled: from where to where it is printed, the
 * first and last day (or month, or year) it names, and whether its year is printed. A day and
 * month without a year ("November 9") takes its year from the context.
 */
record DatePhrase(int start, int end, Point from, Point to, boolean yearPrinted) {
  /** A day, month or year; 0 where the text does not say (the year of "November 9"). */
  record Point(int year, int month, int day) {
    Point inYear(int y) {
      return year == 0 ? new Point(y, month, day) : this;
    }

    Optional<String> iso() {
      if (year == 0) {
        return Optional.empty();
      }
      if (month == 0) {
        return Optional.of(String.format("%04d", year));
      }
      if (day == 0) {
        return Optional.of(String.format("%04d-%02d", year, month));
      }
      try {
        return Optional.of(LocalDate.of(year, month, day).toString());
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  /** The printed year of the phrase (its last one), if printed. */
  Optional<Integer> printedYear() {
    return yearPrinted ? Optional.of(to.year()) : Optional.empty();
  }

  /**
   * The date's value, its missing year taken from {@code contextYear} (0: none known); empty if
   * it names no real day or runs backwards.
   */
  Optional<DateValue> value(int contextYear) {
    Optional<String> a = from.inYear(contextYear).iso();
    Optional<String> b = to.inYear(contextYear).iso();
    if (a.isEmpty() || b.isEmpty() || a.get().compareTo(b.get()) > 0) {
      return Optional.empty();
    }
    boolean conjecture = !yearPrinted;
    if (a.equals(b)) {
      return Optional.of(new DateValue(a, Optional.empty(), Optional.empty(), conjecture));
    }
    return Optional.of(new DateValue(Optional.empty(), a, b, conjecture));
  }
}
