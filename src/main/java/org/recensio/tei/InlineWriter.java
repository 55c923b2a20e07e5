package org.recensio.tei;

import java.util.List;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;

/**
 * Writes a paragraph's text with its inlines as nested TEI elements. Line breaks of the source
 * become spaces, except at a line-end hyphen, which is written with {@code lb[@break='no']}
 * (and {@code pc[@force='weak']} when the hyphen only split a word).
 */
final class InlineWriter {
  void write(XmlSink out, Paragraph p) {
    write(out, p.text().text(), p.inlines(), 0, p.text().text().length(), 0, p.inlines().size());
  }

  /** Writes text[from, to) with the inlines whose indices lie in [first, last). */
  private void write(XmlSink out, String text, List<Inline> inlines, int from, int to, int first, int last) {
    int pos = from;
    int i = first;
    while (i < last) {
      Inline in = inlines.get(i);
      int children = i + 1;
      while (children < last && inlines.get(children).start() < in.end()) {
        children++;
      }
      writeText(out, text, pos, Math.max(pos, in.start()));
      element(out, text, inlines, in, i + 1, children);
      pos = Math.max(pos, in.end());
      i = children;
    }
    writeText(out, text, pos, to);
  }

  private void element(XmlSink out, String text, List<Inline> inlines, Inline in, int first, int last) {
    if (in instanceof Inline.NoteRef r) {
      out.start("ref");
      out.attr("type", "noteAnchor");
      out.attr("target", "#n" + r.noteId());
      write(out, text, inlines, r.start(), r.end(), first, last);
      out.end();
    } else if (in instanceof Inline.Label l) {
      out.start("label");
      write(out, text, inlines, l.start(), l.end(), first, last);
      out.end();
    } else if (in instanceof Inline.LostText l) {
      out.empty("gap");
      out.attr("reason", "lost");
      out.attr("resp", l.resp().pointer());
    } else if (in instanceof Inline.LineJoin j) {
      lineJoin(out, j);
    }
  }

  private static void lineJoin(XmlSink out, Inline.LineJoin j) {
    if (j.joined()) {
      out.start("pc");
      out.attr("force", "weak");
      out.text("-");
      out.end();
    } else {
      out.text("-");
    }
    out.empty("lb");
    out.attr("break", "no");
    out.attr("resp", j.resp().pointer());
  }

  private static void writeText(XmlSink out, String text, int from, int to) {
    if (from < to) {
      out.text(text.substring(from, to).replace('\n', ' '));
    }
  }
}
