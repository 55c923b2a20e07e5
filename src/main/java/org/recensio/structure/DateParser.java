package org.recensio.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.DateValue;

/**
 * Reads an English date line as printed ("December 30, 1920", "30 December 1920",
 * "November 2 to 6, 1920", "March 8-16, 1921", "December 1920", "1920-12-30") into ISO 8601.
 * Only a line that is a date as a whole counts; anything else is not a date line.
 */
public final class DateParser {
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";
  private static final String TO = "\\s*(?:-|–|—|to|until)\\s*";
  private static final String END = "\\.?";
  private static final Pattern MDY = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + END, Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY = Pattern.compile(DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + END, Pattern.CASE_INSENSITIVE);
  private static final Pattern MDDY = Pattern.compile(MONTH + "\\s+" + DAY + TO + DAY + ",?\\s+" + YEAR + END, Pattern.CASE_INSENSITIVE);
  private static final Pattern DDMY = Pattern.compile(DAY + TO + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + END, Pattern.CASE_INSENSITIVE);
  private static final Pattern MY = Pattern.compile(MONTH + ",?\\s+" + YEAR + END, Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** The date a whole line states, if it is one. */
  public Optional<DateValue> parseLine(String line) {
    String s = LineText.trim(line);
    Matcher m;
    if ((m = MDDY.matcher(s)).matches()) {
      return range(m.group(4), m.group(1), m.group(2), m.group(3));
    }
    if ((m = DDMY.matcher(s)).matches()) {
      return range(m.group(4), m.group(3), m.group(1), m.group(2));
    }
    if ((m = MDY.matcher(s)).matches()) {
      return day(m.group(3), m.group(1), m.group(2));
    }
    if ((m = DMY.matcher(s)).matches()) {
      return day(m.group(3), m.group(2), m.group(1));
    }
    if ((m = MY.matcher(s)).matches()) {
      return Optional.of(DateValue.day(m.group(2) + "-" + two(month(m.group(1)))));
    }
    if ((m = ISO.matcher(s)).matches()) {
      return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          .map(DateValue::day);
    }
    return Optional.empty();
  }

  private static Optional<DateValue> day(String year, String month, String day) {
    return valid(Integer.parseInt(year), month(month), Integer.parseInt(day)).map(DateValue::day);
  }

  private static Optional<DateValue> range(String year, String month, String from, String to) {
    int y = Integer.parseInt(year);
    int mo = month(month);
    Optional<String> a = valid(y, mo, Integer.parseInt(from));
    Optional<String> b = valid(y, mo, Integer.parseInt(to));
    if (a.isEmpty() || b.isEmpty() || a.get().compareTo(b.get()) > 0) {
      return Optional.empty();
    }
    return Optional.of(DateValue.range(a.get(), b.get()));
  }

  private static Optional<String> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
