package org.recensio.tei;

import java.util.regex.Pattern;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Whitespace;

/** A paragraph as plain text for header fields: hyphens joined, note markers left out. */
final class Plain {
  private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}[a-z]?\\]");

  private Plain() {}

  static String of(Paragraph p) {
    return of(p, 0);
  }

  /** The text from offset {@code from} on. */
  static String of(Paragraph p, int from) {
    String text = p.text().text();
    StringBuilder sb = new StringBuilder(text.length());
    int pos = from;
    for (Inline i : p.inlines()) {
      if (i instanceof Inline.LineJoin j && j.start() >= pos) {
        sb.append(text, pos, j.start());
        sb.append(j.joined() ? "" : "-");
        pos = j.end();
      }
    }
    sb.append(text, Math.min(pos, text.length()), text.length());
    return Whitespace.collapse(MARKER.matcher(sb).replaceAll(""));
  }
}
