package org.recensio.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Bibliography;
import org.recensio.model.DateValue;
import org.recensio.model.FrontMatter;
import org.recensio.model.LabelledLine;
import org.recensio.model.Layout;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Whitespace;

/**
 * Reads the front matter off the first paragraphs: where it ends (after the last labelled line,
 * else at the date line, else after the leading short lines; or where the editor says), and what
 * each paragraph is: author, title line, occasion, date, labelled line, or other (kept as printed).
 */
public final class FrontMatterReader {
  /** How many paragraphs from the top may belong to the front matter. */
  private static final int SCAN = 20;
  private static final Pattern OCCASION = Pattern.compile(
      "^(Speech|Report|Address|Lecture|Remarks|Article|Letter|Resolution|Statement|Delivered|Written|Published|Debate|Minutes|Session)\\b");
  private static final Pattern NAME = Pattern.compile("^(?:[\\p{Lu}][\\p{L}’'.-]*\\.?\\s*){1,6}$");

  private final DateParser dates = new DateParser();
  private final BibliographyParser biblio = new BibliographyParser();

  /** The front matter and the index of the first body paragraph. */
  public record Result(FrontMatter front, int bodyStart) {}

  public Result read(List<Paragraph> paragraphs, Layout layout, EditionConfig config, DiagnosticSink sink) {
    int end = end(paragraphs, layout, config);
    List<Paragraph> front = paragraphs.subList(0, end);
    return new Result(classify(front, config, sink), end);
  }

  private int end(List<Paragraph> ps, Layout layout, EditionConfig config) {
    Integer last = config.front().lastLine();
    if (last != null) {
      int i = 0;
      while (i < ps.size() && ps.get(i).text().lastLine() <= last) {
        i++;
      }
      return i;
    }
    int scan = Math.min(SCAN, ps.size());
    int lastLabel = -1;
    int date = -1;
    for (int i = 0; i < scan; i++) {
      String t = ps.get(i).text().text();
      if (isKnownLabel(t)) {
        lastLabel = i;
      } else if (date < 0 && dates.parseLine(t).isPresent()) {
        date = i;
      }
    }
    if (lastLabel >= 0) {
      int end = lastLabel + 1;
      while (end < scan && isFurtherLabel(ps.get(end).text().text())) {
        end++;
      }
      return end;
    }
    if (date >= 0) {
      return date + 1;
    }
    return leadingShortLines(ps, layout);
  }

  private static int leadingShortLines(List<Paragraph> ps, Layout layout) {
    int width = layout.wrapWidth() > 0 ? layout.wrapWidth() : 80;
    int i = 0;
    while (i < Math.min(8, ps.size() - 1)) {
      String t = ps.get(i).text().text();
      if (t.contains("\n") || LineText.length(t) > 0.75 * width || LineText.hasSentenceInside(t)
          || t.endsWith(".") && !NAME.matcher(t).matches()) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * A labelled line of unknown label right after the known ones ("Scanned By: volunteers"): one
   * line, and not a speaker's label in capitals opening a turn ("THE CHAIRMAN: I call …").
   */
  private static boolean isFurtherLabel(String text) {
    return FrontLabels.match(text)
        .filter(m -> !text.contains("\n") && !m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT)))
        .isPresent();
  }

  private static boolean isKnownLabel(String text) {
    return FrontLabels.match(text).filter(m -> FrontLabels.isKnown(m.group(1))).isPresent();
  }

  private FrontMatter classify(List<Paragraph> front, EditionConfig config, DiagnosticSink sink) {
    Optional<Paragraph> author = Optional.empty();
    List<Paragraph> titles = new ArrayList<>();
    List<Paragraph> occasion = new ArrayList<>();
    Optional<Paragraph> dateLine = Optional.empty();
    Optional<DateValue> date = Optional.empty();
    List<LabelledLine> labelled = new ArrayList<>();
    List<Paragraph> other = new ArrayList<>();
    Integer titleCount = config.front().titleLines();
    boolean authorLine = config.front().authorLine() == null || config.front().authorLine();
    boolean titlesOpen = true;
    for (int i = 0; i < front.size(); i++) {
      Paragraph p = front.get(i);
      String t = p.text().text();
      Optional<Matcher> label = FrontLabels.match(t);
      Optional<DateValue> d = dateLine.isEmpty() ? dates.parseLine(t) : Optional.empty();
      if (label.isPresent() && (FrontLabels.isKnown(label.get().group(1)) || !labelled.isEmpty() || dateLine.isPresent())) {
        labelled.add(labelled(p, label.get(), sink));
        titlesOpen = false;
      } else if (d.isPresent()) {
        dateLine = Optional.of(p);
        date = d;
        titlesOpen = false;
      } else if (i == 0 && authorLine && (config.front().authorLine() != null || looksLikeName(t))) {
        author = Optional.of(p);
      } else if (titlesOpen && isTitle(p, titles.size(), titleCount)) {
        titles.add(p);
      } else if (dateLine.isEmpty() && labelled.isEmpty()) {
        occasion.add(p);
        titlesOpen = false;
      } else {
        other.add(p);
      }
    }
    if (date.isEmpty() && !front.isEmpty()) {
      sink.report(Diagnostic.of("FRM002", Severity.WARNING, front.get(0).text().spanOf(0)));
    }
    Optional<Bibliography> bibl = labelled.stream().filter(l -> l.key().equals("source")).findFirst()
        .map(l -> biblio.parse(l.value()));
    return new FrontMatter(author, titles, occasion, dateLine, date, labelled, other, bibl);
  }

  private static boolean looksLikeName(String t) {
    return !t.contains("\n") && NAME.matcher(t).matches();
  }

  private static boolean isTitle(Paragraph p, int sofar, Integer configured) {
    if (configured != null) {
      return sofar < configured;
    }
    String t = p.text().text();
    return !t.contains("\n") && !OCCASION.matcher(t).find();
  }

  private static LabelledLine labelled(Paragraph p, Matcher m, DiagnosticSink sink) {
    String label = m.group(1);
    if (!FrontLabels.isKnown(label)) {
      SourceSpan at = p.text().spanOf(0);
      sink.report(Diagnostic.of("FRM001", Severity.INFO, at, label));
    }
    return new LabelledLine(Whitespace.collapse(label), FrontLabels.key(label), m.end(), p);
  }
}
