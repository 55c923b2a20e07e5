package org.recensio.structure;

import java.util.ArrayList;
import java.util.List;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;

/** Splits a paragraph in two where a heading starts inside it. Package-private helper. */
final class HeadingSplitter {
  private HeadingSplitter() {}

  /** Where {@code words} start in {@code text}, line breaks counting as spaces; -1 if absent. */
  static int indexOf(String text, String words) {
    return text.replace('\n', ' ').indexOf(words.replace('\n', ' '));
  }

  /** The part before {@code at} (kept as the original's) and the part from it (the editor's). */
  static List<Paragraph> split(Paragraph p, int at, Resp editor) {
    String text = p.text().text();
    if (at <= 0) {
      return List.of(new Paragraph(p.text(), p.inlines(), editor));
    }
    int leftEnd = LineText.trailing(text.substring(0, at));
    List<Inline> left = new ArrayList<>();
    List<Inline> right = new ArrayList<>();
    for (Inline i : p.inlines()) {
      if (i.end() <= leftEnd) {
        left.add(i);
      } else if (i.start() >= at) {
        right.add(shift(i, -at));
      }
    }
    Paragraph a = new Paragraph(p.text().sub(0, leftEnd), left, p.resp());
    Paragraph b = new Paragraph(p.text().sub(at, text.length()), right, editor);
    return List.of(a, b);
  }

  static Inline shift(Inline i, int by) {
    return i.shifted(by);
  }
}
