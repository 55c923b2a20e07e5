package org.recensio.tei;

import java.util.List;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;

/**
 * Writes a paragraph's text with its inlines as nested TEI elements. Line breaks of the source
 * become spaces, except at a line-end hyphen, which is written with {@code lb[@break='no']}
 * (and {@code pc[@force='weak']} when the hyphen only splits a word). Delimiters named in an
 * inline's {@code rend} go to {@code @rend}; the element holds the text between them.
 */
final class InlineWriter {
  void write(XmlSink out, Paragraph p) {
    write(out, p, 0, p.text().text().length());
  }

  /** Writes the paragraph's text from {@code from} to {@code to}, with the inlines inside that range. */
  void write(XmlSink out, Paragraph p, int from, int to) {
    List<Inline> inside = p.inlines().stream().filter(i -> i.start() >= from && i.end() <= to).toList();
    write(out, p.text().text(), inside, from, to, 0, inside.size());
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
      content(out, text, inlines, r, "", first, last);
    } else if (in instanceof Inline.Label l) {
      out.start("label");
      content(out, text, inlines, l, "", first, last);
    } else if (in instanceof Inline.LostText l) {
      out.empty("gap");
      out.attr("reason", "lost");
      out.attr("resp", l.resp().pointer());
    } else if (in instanceof Inline.LineJoin j) {
      lineJoin(out, j);
    } else if (in instanceof Inline.App a) {
      app(out, text, inlines, a, first, last);
    } else {
      semantic(out, text, inlines, in, first, last);
    }
  }

  /** The elements of the inline-semantics stage. */
  private void semantic(XmlSink out, String text, List<Inline> inlines, Inline in, int first, int last) {
    if (in instanceof Inline.Stage s) {
      out.start("stage");
      out.attr("type", s.type().token());
      if (!s.categories().isEmpty()) {
        out.attr("ana", String.join(" ", s.categories().stream().map(c -> "#" + c).toList()));
      }
      decision(out, s.decision());
      content(out, text, inlines, s, s.rend(), first, last);
    } else if (in instanceof Inline.Said s) {
      out.start("said");
      out.attr("who", "#" + s.who());
      out.attr("direct", Boolean.toString(s.direct()));
      content(out, text, inlines, s, s.rend(), first, last);
    } else if (in instanceof Inline.Quote q) {
      out.start(q.kind().element());
      decision(out, q.decision());
      content(out, text, inlines, q, q.rend(), first, last);
    } else if (in instanceof Inline.Citation c) {
      out.start("cit");
      content(out, text, inlines, c, "", first, last);
    } else if (in instanceof Inline.Bibl b) {
      out.start("bibl");
      content(out, text, inlines, b, b.rend(), first, last);
    } else if (in instanceof Inline.Emendation e) {
      choice(out, text, inlines, e, "sic", "corr", e.correction(), e.decision(), first, last);
    } else if (in instanceof Inline.Regularisation r) {
      choice(out, text, inlines, r, "orig", "reg", r.regular(), r.decision(), first, last);
    } else if (in instanceof Inline.Name n) {
      out.start(n.kind().element());
      out.attr("ref", "#" + n.ref());
      editorOnly(out, n.decision());
      content(out, text, inlines, n, "", first, last);
    } else if (in instanceof Inline.DateRef d) {
      date(out, text, inlines, d, first, last);
    } else if (in instanceof Inline.SpeakerLabel s) {
      out.start("speaker");
      decision(out, s.decision());
      content(out, text, inlines, s, "", first, last);
    }
  }

  /**
   * A variant place in parallel segmentation: {@code lem} holds the copy text with its markup (empty
   * for an addition), each {@code rdg} a reading as its witnesses print it (empty for an omission,
   * {@code milestone[@unit='paragraph']} where the witness starts a paragraph). Where the editor
   * chose another witness's reading, {@code lem} holds that reading with the editor's
   * {@code @resp}, and the copy text goes into an {@code rdg} with its witnesses.
   */
  private void app(XmlSink out, String text, List<Inline> inlines, Inline.App a, int first, int last) {
    out.start("app");
    out.attr("type", a.type().token());
    if (a.chosen().isPresent()) {
      Inline.Reading chosen = a.readings().stream().filter(r -> r.sigla().contains(a.chosen().get())).findFirst()
          .orElseThrow();
      out.start("lem");
      out.attr("wit", pointers(chosen.sigla()));
      out.attr("resp", a.decision().resp().pointer());
      readingText(out, chosen);
      out.end();
      copyText(out, "rdg", text, inlines, a, first, last);
      a.readings().stream().filter(r -> r != chosen).forEach(r -> reading(out, r));
    } else {
      copyText(out, "lem", text, inlines, a, first, last);
      a.readings().forEach(r -> reading(out, r));
    }
    out.end();
  }

  private void copyText(XmlSink out, String element, String text, List<Inline> inlines, Inline.App a, int first,
      int last) {
    if (a.start() == a.end()) {
      out.empty(element);
      out.attr("wit", pointers(a.lemmaSigla()));
      return;
    }
    out.start(element);
    out.attr("wit", pointers(a.lemmaSigla()));
    write(out, text, inlines, a.start(), a.end(), first, last);
    out.end();
  }

  private static void reading(XmlSink out, Inline.Reading r) {
    if (r.text().isEmpty() && r.paragraphStarts().isEmpty()) {
      out.empty("rdg");
      out.attr("wit", pointers(r.sigla()));
      out.attr("type", r.type().token());
      return;
    }
    out.start("rdg");
    out.attr("wit", pointers(r.sigla()));
    out.attr("type", r.type().token());
    readingText(out, r);
    out.end();
  }

  /** A reading's text, with a paragraph milestone where the witness starts a paragraph. */
  private static void readingText(XmlSink out, Inline.Reading r) {
    int pos = 0;
    for (int at : r.paragraphStarts()) {
      if (at > pos) {
        out.text(r.text().substring(pos, at));
      }
      out.empty("milestone");
      out.attr("unit", "paragraph");
      pos = at;
    }
    if (pos < r.text().length()) {
      out.text(r.text().substring(pos));
    }
  }

  private static String pointers(List<String> sigla) {
    return String.join(" ", sigla.stream().map(s -> "#" + s).toList());
  }

  private void date(XmlSink out, String text, List<Inline> inlines, Inline.DateRef d, int first, int last) {
    out.start("date");
    d.value().when().ifPresent(w -> out.attr("when", w));
    d.value().from().ifPresent(w -> out.attr("from", w));
    d.value().to().ifPresent(w -> out.attr("to", w));
    if (d.value().yearFromContext()) {
      out.attr("evidence", "conjecture");
    }
    editorOnly(out, d.decision());
    content(out, text, inlines, d, "", first, last);
  }

  private void choice(XmlSink out, String text, List<Inline> inlines, Inline in, String printed, String edited,
      String editedText, Inline.Decision decision, int first, int last) {
    out.start("choice");
    out.start(printed);
    content(out, text, inlines, in, "", first, last);
    out.start(edited);
    decision(out, decision);
    out.text(editedText);
    out.end();
    out.end();
  }

  /** Writes @rend and the text between the delimiters, then closes the element. */
  private void content(XmlSink out, String text, List<Inline> inlines, Inline in, String rend, int first, int last) {
    int open = rend.isEmpty() ? 0 : Character.charCount(rend.codePointAt(0));
    int close = rend.length() - open;
    if (!rend.isEmpty()) {
      out.attr("rend", rend);
    }
    write(out, text, inlines, in.start() + open, in.end() - close, first, last);
    out.end();
  }

  private static void decision(XmlSink out, Inline.Decision d) {
    out.attr("resp", d.resp().pointer());
    d.cert().ifPresent(c -> out.attr("cert", c));
  }

  /** Only the editor's decisions are marked on names and dates; the builder's are the default. */
  private static void editorOnly(XmlSink out, Inline.Decision d) {
    if (d.resp().isEditor()) {
      decision(out, d);
    } else {
      d.cert().filter(c -> !c.equals("high")).ifPresent(c -> decision(out, d));
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
