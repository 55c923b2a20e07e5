package org.recensio.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.Bibliography;
import org.recensio.model.Whitespace;

/**
 * Reads a "Source:" line such as "Lenin’s Collected Works, 1st English Edition, Progress
 * Publishers, Moscow, 1965, Volume 32, pages 19-42" into its parts. Parts it cannot place are
 * simply absent; the printed form is always kept.
 */
public final class BibliographyParser {
  private static final Pattern EDITION = Pattern.compile("(?i)\\bedition\\b|\\bed\\.$");
  private static final Pattern PUBLISHER = Pattern.compile(
      "(?i)\\b(publishers?|publishing|press|house|verlag|books|editions|library|company|co\\.)\\b");
  private static final Pattern YEAR = Pattern.compile("^(1[5-9]\\d\\d|20\\d\\d)$");
  private static final Pattern VOLUME = Pattern.compile("(?i)^(?:volume|vol\\.?)\\s*([\\dIVXLC]+)$");
  private static final Pattern PAGES = Pattern.compile("(?i)^(?:pages|pp\\.?|p\\.)\\s*(\\d+)(?:\\s*[-–—]\\s*(\\d+))?$");
  private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2}$");

  public Bibliography parse(String printed) {
    String text = Whitespace.collapse(printed);
    List<String> parts = new ArrayList<>();
    for (String s : text.split("\\s*[,;]\\s*")) {
      if (!s.isBlank()) {
        parts.add(s.replaceAll("\\.$", "").trim());
      }
    }
    Slots slots = new Slots();
    for (int i = 0; i < parts.size(); i++) {
      slots.place(parts, i);
    }
    return new Bibliography(text, slots.title, slots.edition, slots.publisher, slots.place, slots.year,
        slots.volume, slots.pageFrom, slots.pageTo, slots.pages, slots.volumePrinted);
  }

  /** The parts found so far, filled in one pass over the comma-separated pieces. */
  private static final class Slots {
    Optional<String> title = Optional.empty();
    Optional<String> edition = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<String> place = Optional.empty();
    Optional<String> year = Optional.empty();
    Optional<String> volume = Optional.empty();
    Optional<String> volumePrinted = Optional.empty();
    Optional<String> pageFrom = Optional.empty();
    Optional<String> pageTo = Optional.empty();
    Optional<String> pages = Optional.empty();

    void place(List<String> parts, int i) {
      String s = parts.get(i);
      Matcher m;
      if (i == 0) {
        title = Optional.of(s);
      } else if (edition.isEmpty() && EDITION.matcher(s).find()) {
        edition = Optional.of(s);
      } else if (publisher.isEmpty() && PUBLISHER.matcher(s).find()) {
        publisher = Optional.of(s);
      } else if (year.isEmpty() && YEAR.matcher(s).matches()) {
        year = Optional.of(s);
      } else if ((m = VOLUME.matcher(s)).matches()) {
        volume = Optional.of(m.group(1));
        volumePrinted = Optional.of(s);
      } else if ((m = PAGES.matcher(s)).matches()) {
        pageFrom = Optional.of(m.group(1));
        pageTo = Optional.ofNullable(m.group(2));
        pages = Optional.of(s);
      } else if (place.isEmpty() && publisher.isPresent() && year.isEmpty() && PLACE.matcher(s).matches()) {
        place = Optional.of(s);
      }
    }
  }
}
