package org.recensio.annotate;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.recensio.model.Block;
import org.recensio.model.EmbeddedDocument;
import org.recensio.model.Heading;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * The running text of a transcript: the body (headings and embedded documents included) and the
 * notes, without the front matter, whose author, title and date lines the structure stage has
 * already encoded.
 */
final class BodyAndNotes {
  private BodyAndNotes() {}

  static Stream<Paragraph> paragraphs(Transcript t) {
    return Stream.concat(t.bodyParagraphs(), t.notes().stream().flatMap(n -> n.paragraphs().stream()));
  }

  static Transcript map(Transcript t, UnaryOperator<Paragraph> f) {
    List<Block> body = t.body().stream().map(b -> map(b, f)).toList();
    return t.withBody(body).withNotes(t.notes().stream().map(n -> n.map(f)).toList());
  }

  private static Block map(Block b, UnaryOperator<Paragraph> f) {
    if (b instanceof Paragraph p) {
      return f.apply(p);
    }
    if (b instanceof Heading h) {
      return h.map(f);
    }
    return ((EmbeddedDocument) b).map(f);
  }
}
