package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.recensio.model.Block;
import org.recensio.model.EmbeddedDocument;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * The speech's paragraphs: the body's paragraphs and those of its embedded documents, in order;
 * not headings, front matter or notes, where no one speaks and the hall does not react.
 */
final class Body {
  private Body() {}

  /** The transcript with {@code f} applied to each paragraph of the speech, in order. */
  static Transcript map(Transcript t, UnaryOperator<Paragraph> f) {
    List<Block> out = new ArrayList<>(t.body().size());
    for (Block b : t.body()) {
      if (b instanceof Paragraph p) {
        out.add(f.apply(p));
      } else if (b instanceof EmbeddedDocument d) {
        out.add(d.map(f));
      } else {
        out.add(b);
      }
    }
    return t.withBody(out);
  }

  /** Whether an inline lies across any part of [start, end). */
  static boolean overlaps(List<? extends org.recensio.model.Inline> inlines, int start, int end) {
    return inlines.stream().anyMatch(i -> i.start() < end && start < i.end());
  }
}
