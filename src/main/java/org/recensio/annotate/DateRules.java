package org.recensio.annotate;

import java.util.List;
import java.util.Map;

/**
 * The policy for finding dates in running text, as data: month names as printed (capitalised,
 * so that "may" and "march" stay verbs) with their numbers, the words that join the ends of a
 * range ("November 2 to 6"), the words after which a bare four-digit number is a year ("in
 * 1929", "in 1920-21") and the years that count as years at all.
 */
public record DateRules(Map<String, Integer> months, List<String> rangeWords, List<String> yearCues, int firstYear,
    int lastYear) {
  public static final DateRules DEFAULT = new DateRules(
      Map.ofEntries(Map.entry("January", 1), Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4),
          Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7), Map.entry("August", 8),
          Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11), Map.entry("December", 12),
          Map.entry("Jan.", 1), Map.entry("Feb.", 2), Map.entry("Mar.", 3), Map.entry("Apr.", 4),
          Map.entry("Jun.", 6), Map.entry("Jul.", 7), Map.entry("Aug.", 8), Map.entry("Sept.", 9),
          Map.entry("Sep.", 9), Map.entry("Oct.", 10), Map.entry("Nov.", 11), Map.entry("Dec.", 12)),
      List.of("to", "until", "till"),
      List.of("in", "of", "since", "by", "from", "until", "till", "before", "after", "during", "year", "early",
          "late", "spring", "summer", "autumn", "winter"),
      1000, 2199);

  public DateRules {
    months = Map.copyOf(months);
    rangeWords = List.copyOf(rangeWords);
    yearCues = List.copyOf(yearCues);
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("no years between " + firstYear + " and " + lastYear);
    }
  }

  /** The month's number for a printed month name. */
  int month(String printed) {
    Integer m = months.get(printed);
    if (m == null) {
      throw new IllegalArgumentException("not a month: " + printed);
    }
    return m;
  }

  boolean isYear(int year) {
    return firstYear <= year && year <= lastYear;
  }
}
