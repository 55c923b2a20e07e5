package org.recensio.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recensio.model.Block;
import org.recensio.model.EmbeddedDocument;
import org.recensio.model.FrontMatter;
import org.recensio.model.Heading;
import org.recensio.model.Inline;
import org.recensio.model.LabelledLine;
import org.recensio.model.Note;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * Writes {@code text}: the front matter as printed, the speech in {@code div[@type='speech']/sp},
 * embedded documents as {@code floatingText}, and the notes in {@code back}. Source order is kept
 * throughout, so the diplomatic export reads like the transcript.
 */
final class TextWriter {
  private final XmlSink out;
  private final InlineWriter inline = new InlineWriter();
  private String currentSpeaker;
  private int paragraphNumber;

  TextWriter(XmlSink out, String speakerId) {
    this.out = out;
    this.currentSpeaker = speakerId;
  }

  void write(Transcript t) {
    out.newline(1);
    out.start("text");
    front(t.front());
    body(t.body());
    back(t.notes());
    out.newline(1);
    out.end();
  }

  private enum Role { AUTHOR, TITLE, OCCASION, DATE, LABELLED, OTHER }

  private record Item(Role role, Paragraph paragraph, LabelledLine labelled) {}

  private void front(FrontMatter f) {
    List<Item> items = items(f);
    if (items.isEmpty()) {
      return;
    }
    out.newline(2);
    out.start("front");
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.role == Role.TITLE) {
        i = docTitle(items, i) - 1;
      } else {
        frontItem(it, f);
      }
    }
    out.newline(2);
    out.end();
  }

  private static List<Item> items(FrontMatter f) {
    List<Item> items = new ArrayList<>();
    f.author().ifPresent(p -> items.add(new Item(Role.AUTHOR, p, null)));
    f.titleLines().forEach(p -> items.add(new Item(Role.TITLE, p, null)));
    f.occasion().forEach(p -> items.add(new Item(Role.OCCASION, p, null)));
    f.dateLine().ifPresent(p -> items.add(new Item(Role.DATE, p, null)));
    f.labelled().forEach(l -> items.add(new Item(Role.LABELLED, l.paragraph(), l)));
    f.other().forEach(p -> items.add(new Item(Role.OTHER, p, null)));
    items.sort(Comparator.comparingInt(it -> it.paragraph.text().firstLine()));
    return items;
  }

  private int docTitle(List<Item> items, int from) {
    out.newline(3);
    out.start("docTitle");
    int i = from;
    while (i < items.size() && items.get(i).role == Role.TITLE) {
      out.newline(4);
      out.start("titlePart");
      out.attr("type", i == from ? "main" : "sub");
      inline.write(out, items.get(i).paragraph);
      out.end();
      i++;
    }
    out.newline(3);
    out.end();
    return i;
  }

  private void frontItem(Item it, FrontMatter f) {
    out.newline(3);
    switch (it.role) {
      case AUTHOR -> simple("docAuthor", it.paragraph);
      case OCCASION -> {
        out.start("argument");
        out.newline(4);
        simple("p", it.paragraph);
        out.newline(3);
        out.end();
      }
      case DATE -> {
        out.start("docDate");
        f.date().ifPresent(d -> {
          d.when().ifPresent(w -> out.attr("when", w));
          d.from().ifPresent(w -> out.attr("from", w));
          d.to().ifPresent(w -> out.attr("to", w));
        });
        inline.write(out, it.paragraph);
        out.end();
      }
      case LABELLED -> labelled(it.labelled);
      default -> simple("p", it.paragraph);
    }
  }

  private void labelled(LabelledLine l) {
    out.start("ab");
    out.attr("type", l.key());
    Paragraph p = l.paragraph();
    inline.write(out, p.withAll(List.of(new org.recensio.model.Inline.Label(0, l.labelEnd()))));
    out.end();
  }

  private void simple(String name, Paragraph p) {
    out.start(name);
    inline.write(out, p);
    out.end();
  }

  private void body(List<Block> blocks) {
    out.newline(2);
    out.start("body");
    out.newline(3);
    out.start("div");
    out.attr("type", "speech");
    if (blocks.isEmpty()) {
      out.newline(4);
      out.empty("p");
    }
    int i = speech(blocks, 0, 4);
    while (i < blocks.size()) {
      i = section(blocks, i);
    }
    out.newline(3);
    out.end();
    out.newline(2);
    out.end();
  }

  /**
   * The blocks from {@code from} up to the next heading, in turns: a paragraph that opens with a
   * speaker label starts a new sp for that speaker; others continue the current speaker's sp.
   * Returns where it stopped.
   */
  private int speech(List<Block> blocks, int from, int depth) {
    int to = from;
    while (to < blocks.size() && !(blocks.get(to) instanceof Heading)) {
      to++;
    }
    boolean open = false;
    for (Block b : blocks.subList(from, to)) {
      Optional<Inline.SpeakerLabel> label = speakerLabel(b);
      if (!open || label.isPresent()) {
        if (open) {
          out.newline(depth);
          out.end();
        }
        currentSpeaker = label.map(Inline.SpeakerLabel::who).orElse(currentSpeaker);
        out.newline(depth);
        out.start("sp");
        out.attr("who", "#" + currentSpeaker);
        open = true;
      }
      block(b, depth + 1);
    }
    if (open) {
      out.newline(depth);
      out.end();
    }
    return to;
  }

  private static Optional<Inline.SpeakerLabel> speakerLabel(Block b) {
    if (b instanceof Paragraph p && !p.inlines().isEmpty() && p.inlines().get(0) instanceof Inline.SpeakerLabel l
        && l.start() == 0) {
      return Optional.of(l);
    }
    return Optional.empty();
  }

  /** A section: its heading and the blocks up to the next heading. */
  private int section(List<Block> blocks, int at) {
    Heading h = (Heading) blocks.get(at);
    out.newline(4);
    out.start("div");
    out.attr("type", "section");
    out.newline(5);
    out.start("head");
    if (h.resp().isEditor()) {
      out.attr("resp", h.resp().pointer());
    }
    inline.write(out, h.paragraph());
    out.end();
    int next = speech(blocks, at + 1, 5);
    out.newline(4);
    out.end();
    return next;
  }

  private void block(Block b, int depth) {
    if (b instanceof Paragraph p) {
      paragraph(p, depth);
    } else {
      embedded((EmbeddedDocument) b, depth);
    }
  }

  private void paragraph(Paragraph p, int depth) {
    int from = 0;
    Optional<Inline.SpeakerLabel> label = speakerLabel(p);
    if (label.isPresent()) {
      out.newline(depth);
      inline.write(out, p, label.get().start(), label.get().end());
      from = label.get().end();
      while (from < p.text().text().length() && Character.isWhitespace(p.text().text().charAt(from))) {
        from++;
      }
    }
    BlockQuotes.Shape shape = BlockQuotes.shape(p, from);
    if (shape instanceof BlockQuotes.Shape.Quoted q) {
      quoted(p, q, depth);
    } else {
      plain(p, from, p.text().text().length(), depth);
    }
  }

  /** A paragraph that is a quotation as a whole: quote (in cit with its bibl when one follows). */
  private void quoted(Paragraph p, BlockQuotes.Shape.Quoted q, int depth) {
    boolean cited = q.bibl().isPresent();
    int d = cited ? depth + 1 : depth;
    if (cited) {
      out.newline(depth);
      out.start("cit");
    }
    out.newline(d);
    out.start(q.quote().kind().element());
    String rend = q.quote().rend();
    if (!rend.isEmpty()) {
      out.attr("rend", rend);
    }
    out.attr("resp", q.quote().decision().resp().pointer());
    q.quote().decision().cert().ifPresent(c -> out.attr("cert", c));
    int open = rend.isEmpty() ? 0 : Character.charCount(rend.codePointAt(0));
    // the quotation is the element written here: its inline is not written again inside the p
    Paragraph inside = new Paragraph(p.text(), p.inlines().stream().filter(i -> i != q.quote()).toList(), p.resp());
    plain(inside, q.quote().start() + open, q.quote().end() - (rend.length() - open), d + 1);
    out.newline(d);
    out.end();
    if (cited) {
      out.newline(d);
      inline.write(out, p, q.bibl().get().start(), q.bibl().get().end());
      out.newline(depth);
      out.end();
    }
  }

  private void plain(Paragraph p, int from, int to, int depth) {
    out.newline(depth);
    out.start("p");
    out.xmlAttr("id", "p" + (++paragraphNumber));
    if (p.resp().isEditor()) {
      out.attr("resp", p.resp().pointer());
    }
    inline.write(out, p, from, to);
    out.end();
  }

  private void embedded(EmbeddedDocument d, int depth) {
    out.newline(depth);
    out.start("floatingText");
    out.attr("type", d.type());
    out.attr("resp", d.resp().pointer());
    d.head().ifPresent(h -> {
      out.newline(depth + 1);
      out.start("front");
      out.newline(depth + 2);
      simple("head", h);
      out.newline(depth + 1);
      out.end();
    });
    out.newline(depth + 1);
    out.start("body");
    for (EmbeddedDocument.Unit u : d.units()) {
      out.newline(depth + 2);
      out.start("div");
      out.attr("type", "unit");
      out.attr("n", u.n());
      u.paragraphs().forEach(p -> paragraph(p, depth + 3));
      out.newline(depth + 2);
      out.end();
    }
    out.newline(depth + 1);
    out.end();
    out.newline(depth);
    out.end();
  }

  private void back(List<Note> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.newline(2);
    out.start("back");
    out.newline(3);
    out.start("div");
    out.attr("type", "notes");
    for (Note n : notes) {
      out.newline(4);
      out.start("note");
      out.xmlAttr("id", n.xmlId());
      out.attr("n", n.id());
      out.attr("type", "editorial");
      for (Paragraph p : n.paragraphs()) {
        out.newline(5);
        simple("p", p);
      }
      out.newline(4);
      out.end();
    }
    out.newline(3);
    out.end();
    out.newline(2);
    out.end();
  }
}
