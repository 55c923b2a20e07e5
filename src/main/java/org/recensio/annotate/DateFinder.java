package org.recensio.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the dates of a running text: "December 30, 1920"; "30 December 1920"; ranges "November
 * 2 to 6, 1920", "March 8-16, 1921"; lists "December 21, 22, 24 and 27" and "November 8 and
 * December 7, 1920" (one date per day, the printed year shared); months "April 1920"; and bare
 * years after a cue word ("in 1929", "in 1920-21"). Where two readings overlap, the longer wins.
 */
final class DateFinder {
  private static final String DAY = "(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";
  private static final String YEAR = "(?<!\\d)\\d{4}(?!\\d)";
  private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)";

  private final DateRules rules;
  private final Pattern list;
  private final Pattern item;
  private final Pattern dayFirst;
  private final Pattern monthYear;
  private final Pattern bareYear;

  DateFinder(DateRules rules) {
    this.rules = rules;
    String month = "(?<![\\p{L}])(?=\\p{Lu})(?:" + rules.months().keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")(?![\\p{L}])";
    String range = "(?:\\s*[-–—]\\s*|\\s+(?:" + String.join("|", rules.rangeWords()) + ")\\s+)";
    String oneItem = "(?:" + month + "\\s+)?" + DAY + "(?:" + range + "(?:" + month + "\\s+)?" + DAY + ")?";
    this.list = Pattern.compile("(?<items>" + month + "\\s+" + DAY + "(?:" + range + "(?:" + month + "\\s+)?" + DAY
        + ")?(?:" + SEPARATOR + oneItem + ")*)(?:,?\\s+(?<year>" + YEAR + "))?");
    this.item = Pattern.compile("(?:(?<m1>" + month + ")\\s+)?(?<d1>" + DAY + ")(?:" + range + "(?:(?<m2>" + month
        + ")\\s+)?(?<d2>" + DAY + "))?");
    this.dayFirst = Pattern.compile("(?<d1>" + DAY + ")(?:" + range + "(?<d2>" + DAY + "))?\\s+(?<m>" + month
        + ")(?:,?\\s+(?<year>" + YEAR + "))?");
    this.monthYear = Pattern.compile("(?<m>" + month + "),?\\s+(?<year>" + YEAR + ")");
    this.bareYear = Pattern.compile("(?<![\\p{L}])(?i:" + String.join("|", rules.yearCues()) + ")\\s+(?<year>"
        + YEAR + ")(?:\\s*[-–]\\s*(?<to>\\d{4}|\\d{2})(?!\\d))?");
  }

  List<DatePhrase> find(String text) {
    List<DatePhrase> all = new ArrayList<>();
    lists(text, all);
    dayFirst(text, all);
    monthYear(text, all);
    bareYears(text, all);
    all.sort(Comparator.comparingInt(DatePhrase::start).thenComparing(p -> -p.end()));
    List<DatePhrase> chosen = new ArrayList<>();
    int reach = 0;
    for (DatePhrase p : all) {
      if (p.start() >= reach) {
        chosen.add(p);
        reach = p.end();
      }
    }
    return chosen;
  }

  /** Month-first dates: each item of a list is a date of its own; a year after the list is each one's. */
  private void lists(String text, List<DatePhrase> out) {
    Matcher m = list.matcher(text);
    while (m.find()) {
      int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
      if (year != 0 && !rules.isYear(year)) {
        year = 0;
      }
      List<DatePhrase> items = new ArrayList<>();
      Matcher i = item.matcher(text).region(m.start("items"), m.end("items"));
      int month = 0;
      while (i.find()) {
        int from = i.group("m1") == null ? month : rules.month(i.group("m1"));
        int to = i.group("m2") == null ? from : rules.month(i.group("m2"));
        month = to;
        DatePhrase.Point a = new DatePhrase.Point(year, from, day(i.group("d1")));
        DatePhrase.Point b = i.group("d2") == null ? a : new DatePhrase.Point(year, to, day(i.group("d2")));
        items.add(new DatePhrase(i.start(), i.end(), a, b, year != 0));
      }
      if (year != 0 && !items.isEmpty()) {
        DatePhrase last = items.remove(items.size() - 1);
        items.add(new DatePhrase(last.start(), m.end(), last.from(), last.to(), true));
      }
      out.addAll(items);
    }
  }

  private void dayFirst(String text, List<DatePhrase> out) {
    Matcher m = dayFirst.matcher(text);
    while (m.find()) {
      int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
      int month = rules.month(m.group("m"));
      DatePhrase.Point a = new DatePhrase.Point(year, month, day(m.group("d1")));
      DatePhrase.Point b = m.group("d2") == null ? a : new DatePhrase.Point(year, month, day(m.group("d2")));
      out.add(new DatePhrase(m.start(), m.end(), a, b, year != 0 && rules.isYear(year)));
    }
  }

  private void monthYear(String text, List<DatePhrase> out) {
    Matcher m = monthYear.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      if (rules.isYear(year)) {
        DatePhrase.Point p = new DatePhrase.Point(year, rules.month(m.group("m")), 0);
        out.add(new DatePhrase(m.start(), m.end(), p, p, true));
      }
    }
  }

  private void bareYears(String text, List<DatePhrase> out) {
    Matcher m = bareYear.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group("year"));
      int to = m.group("to") == null ? from : fullYear(from, m.group("to"));
      if (rules.isYear(from) && rules.isYear(to)) {
        out.add(new DatePhrase(m.start("year"), m.end(), new DatePhrase.Point(from, 0, 0),
            new DatePhrase.Point(to, 0, 0), true));
      }
    }
  }

  /** "1920-21": the second year's century is the first's. */
  private static int fullYear(int from, String to) {
    return to.length() == 4 ? Integer.parseInt(to) : from / 100 * 100 + Integer.parseInt(to);
  }

  private static int day(String printed) {
    return Integer.parseInt(printed.replaceAll("\\D", ""));
  }
}
