package org.recensio.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Note;
import org.recensio.model.Paragraph;

/**
 * Finds the notes section at the end: it starts at the first paragraph that opens with a note
 * label ("[1]", "[3]The", "[4b]") matching the first marker of the text (or at the line the
 * editor names). From there, a paragraph opening with a new label starts a note and any other
 * paragraph continues the note before it.
 */
public final class NotesSectionReader {
  static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}[a-z]?)\\]");
  private static final Pattern LABEL = Pattern.compile("^\\[(\\d{1,3}[a-z]?)\\]");

  /** The first note marker in these paragraphs, if any. */
  public static java.util.Optional<String> firstMarker(List<Paragraph> ps) {
    for (Paragraph p : ps) {
      Matcher m = MARKER.matcher(p.text().text());
      if (m.find()) {
        return java.util.Optional.of(m.group(1));
      }
    }
    return java.util.Optional.empty();
  }

  /** The paragraphs before the notes section, and the notes. */
  public record Result(List<Paragraph> body, List<Note> notes) {}

  /**
   * Splits {@code paragraphs} into body and notes. {@code firstMarker} is the first note marker
   * printed before them (in the front matter), if any.
   */
  public Result read(List<Paragraph> paragraphs, java.util.Optional<String> firstMarker, EditionConfig config,
      DiagnosticSink sink) {
    int start = start(paragraphs, firstMarker.orElse(null), config);
    while (start >= 0 && start < paragraphs.size() && !LABEL.matcher(paragraphs.get(start).text().text()).find()) {
      start++;
    }
    if (start < 0 || start >= paragraphs.size()) {
      return new Result(paragraphs, List.of());
    }
    return new Result(paragraphs.subList(0, start), notes(paragraphs.subList(start, paragraphs.size()), sink));
  }

  private static int start(List<Paragraph> ps, String firstMarker, EditionConfig config) {
    Integer line = config.notes().startLine();
    if (line != null) {
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).text().firstLine() >= line) {
          return i;
        }
      }
      return -1;
    }
    String first = firstMarker;
    for (int i = 0; i < ps.size(); i++) {
      String t = ps.get(i).text().text();
      Matcher label = LABEL.matcher(t);
      if (label.find() && i > 0 && (first == null || label.group(1).equals(first))) {
        return i;
      }
      Matcher m = MARKER.matcher(t);
      if (first == null && m.find()) {
        first = m.group(1);
      }
    }
    return -1;
  }

  private static List<Note> notes(List<Paragraph> ps, DiagnosticSink sink) {
    Map<String, List<Paragraph>> notes = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<Paragraph> current = null;
    for (Paragraph p : ps) {
      Matcher m = LABEL.matcher(p.text().text());
      if (m.find() && seen.add(m.group(1))) {
        current = new ArrayList<>();
        notes.put(m.group(1), current);
        current.add(p.with(new Inline.Label(0, m.end())));
      } else {
        if (m.find(0)) {
          sink.report(Diagnostic.of("NOT003", Severity.WARNING, p.text().spanOf(0), m.group(1)));
        }
        if (current == null) {
          current = new ArrayList<>();
          notes.put("0", current);
        }
        current.add(p);
      }
    }
    List<Note> out = new ArrayList<>();
    notes.forEach((id, list) -> out.add(new Note(id, list)));
    return out;
  }
}
