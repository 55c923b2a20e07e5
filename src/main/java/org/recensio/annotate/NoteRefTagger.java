package org.recensio.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Note;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * Links every note marker ("[1]", "[4b]") in the front matter, the body and the notes themselves
 * to its note. A marker with no note stays plain text, with a warning; a note that no marker
 * points at gets a warning too.
 */
public final class NoteRefTagger {
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}[a-z]?)\\]");

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    Set<String> ids = new HashSet<>();
    t.notes().forEach(n -> ids.add(n.id()));
    Set<String> used = new HashSet<>();
    Transcript out = t.mapParagraphs(p -> link(p, ids, used, sink));
    for (Note n : out.notes()) {
      if (!used.contains(n.id())) {
        Paragraph first = n.paragraphs().get(0);
        sink.report(Diagnostic.of("NOT002", Severity.WARNING, first.text().spanOf(0), n.id()));
      }
    }
    return out;
  }

  private static Paragraph link(Paragraph p, Set<String> ids, Set<String> used, DiagnosticSink sink) {
    String text = p.text().text();
    if (text.indexOf('[') < 0) {
      return p;
    }
    List<Inline> refs = new ArrayList<>();
    List<Inline> labels = p.inlines().stream().filter(i -> i instanceof Inline.Label).toList();
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      if (isLabel(labels, m.start())) {
        continue;
      }
      if (ids.contains(m.group(1))) {
        refs.add(new Inline.NoteRef(m.start(), m.end(), m.group(1)));
        used.add(m.group(1));
      } else {
        sink.report(Diagnostic.of("NOT001", Severity.WARNING, p.text().spanOf(m.start(), m.end()), m.group(1)));
      }
    }
    return refs.isEmpty() ? p : p.withAll(refs);
  }

  /** Whether the offset lies inside one of the paragraph's labels (collected once per paragraph). */
  private static boolean isLabel(List<Inline> labels, int offset) {
    return labels.stream().anyMatch(i -> i.start() <= offset && offset < i.end());
  }
}
