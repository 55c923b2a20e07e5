package org.recensio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document read out inside the speech (numbered theses, a resolution): an optional heading and
 * its numbered units. Becomes a TEI {@code floatingText}.
 */
public record EmbeddedDocument(String type, Optional<Paragraph> head, List<Unit> units, Resp resp) implements Block {
  public EmbeddedDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(resp, "resp");
    units = List.copyOf(units);
  }

  /** One numbered unit ("1.", "2." …) and its paragraphs. */
  public record Unit(String n, List<Paragraph> paragraphs) {
    public Unit {
      Objects.requireNonNull(n, "n");
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** The same document with every paragraph passed through {@code f}. */
  public EmbeddedDocument map(java.util.function.UnaryOperator<Paragraph> f) {
    return new EmbeddedDocument(type, head.map(f),
        units.stream().map(u -> new Unit(u.n(), u.paragraphs().stream().map(f).toList())).toList(), resp);
  }

  public java.util.stream.Stream<Paragraph> paragraphs() {
    return java.util.stream.Stream.concat(head.stream(), units.stream().flatMap(u -> u.paragraphs().stream()));
  }
}
