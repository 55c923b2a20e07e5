package org.recensio.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.DateDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.DateValue;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * Tags the dates of the body and the notes ({@link DateFinder}) with their ISO values. A day
 * printed without its year ("November 9") takes the year of the nearest date before it in the
 * same paragraph that prints one, else the year of the document's date, and is marked as
 * conjecture. The editor's {@code dates} decisions come first: a corrected value, or "none" for
 * words that are no date. The front matter's date line is the structure stage's.
 */
public final class DateTagger {
  private final EditionConfig config;
  private final DateFinder finder;

  public DateTagger(EditionConfig config) {
    this(config, DateRules.DEFAULT);
  }

  public DateTagger(EditionConfig config, DateRules rules) {
    this.config = config;
    this.finder = new DateFinder(rules);
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    int documentYear = t.front().date().map(d -> Integer.parseInt(d.start().substring(0, 4))).orElse(0);
    List<DateDecision> decisions = valid(t, sink);
    Set<DateDecision> used = new HashSet<>();
    Transcript out = BodyAndNotes.map(t, p -> tag(p, documentYear, decisions, used));
    for (DateDecision d : decisions) {
      if (!used.contains(d)) {
        sink.report(Diagnostic.of("DAT001", Severity.WARNING, NameTagger.at(t, d.line()), d.text()));
      }
    }
    return out;
  }

  private Paragraph tag(Paragraph p, int documentYear, List<DateDecision> decisions, Set<DateDecision> used) {
    List<DecisionPlaces.Place<DateDecision>> places = new ArrayList<>(
        DecisionPlaces.in(p, decisions, DateDecision::line, DateDecision::text));
    places.sort(Comparator.comparingInt(DecisionPlaces.Place::start));
    List<Inline> added = new ArrayList<>();
    List<DecisionPlaces.Place<DateDecision>> taken = new ArrayList<>();
    Placement.Sweep editor = Placement.DATE.over(p);
    for (DecisionPlaces.Place<DateDecision> place : places) {
      if (taken.stream().noneMatch(x -> x.overlaps(place.start(), place.end()))) {
        used.add(place.decision());
        taken.add(place);
        editorValue(place.decision()).flatMap(v -> editor.place(place.start(), place.end()).map(s -> new Inline.DateRef(
            s[0], s[1], v, Inline.Decision.editor(config.editorResp())))).ifPresent(added::add);
      }
    }
    Placement.Sweep builder = Placement.DATE.over(p);
    int year = documentYear;
    for (DatePhrase phrase : finder.find(p.text().text())) {
      Optional<DateValue> value = phrase.value(year);
      year = phrase.printedYear().orElse(year);
      if (value.isEmpty() || taken.stream().anyMatch(x -> x.overlaps(phrase.start(), phrase.end()))) {
        continue;
      }
      String cert = value.get().yearFromContext() ? "medium" : "high";
      builder.place(phrase.start(), phrase.end()).ifPresent(s -> added.add(
          new Inline.DateRef(s[0], s[1], value.get(), Inline.Decision.builder(cert))));
    }
    return added.isEmpty() ? p : p.withAll(added);
  }

  /** The value the editor gives, or empty for "none". */
  private static Optional<DateValue> editorValue(DateDecision d) {
    if (Boolean.TRUE.equals(d.none())) {
      return Optional.empty();
    }
    return Optional.of(d.when() != null ? DateValue.day(d.when()) : DateValue.range(d.from(), d.to()));
  }

  /** The editor's decisions that say "none" or give a well-formed value; the others are reported. */
  private List<DateDecision> valid(Transcript t, DiagnosticSink sink) {
    List<DateDecision> out = new ArrayList<>();
    for (DateDecision d : config.dates()) {
      boolean none = Boolean.TRUE.equals(d.none());
      boolean day = d.when() != null && d.from() == null && d.to() == null && isoDate(d.when());
      boolean range = d.when() == null && isoDate(d.from()) && isoDate(d.to()) && d.from().compareTo(d.to()) <= 0;
      if (none || day || range) {
        out.add(d);
      } else {
        sink.report(Diagnostic.of("DAT002", Severity.WARNING, NameTagger.at(t, d.line()), d.text()));
      }
    }
    return out;
  }

  /** A year, year and month, or day in ISO 8601 ("1920", "1920-11", "1920-11-09"), and a real one. */
  static boolean isoDate(String s) {
    if (s == null || !s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return false;
    }
    String[] parts = s.split("-");
    DatePhrase.Point p = new DatePhrase.Point(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
        parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    return p.iso().isPresent() && (parts.length < 2 || p.month() >= 1 && p.month() <= 12);
  }
}
