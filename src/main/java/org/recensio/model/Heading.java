package org.recensio.model;

import java.util.Objects;

/** A section heading inside the body ("II", "The Land Question"); opens a new section. */
public record Heading(Paragraph paragraph, Resp resp) implements Block {
  public Heading {
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(resp, "resp");
  }

  public Heading map(java.util.function.UnaryOperator<Paragraph> f) {
    return new Heading(f.apply(paragraph), resp);
  }
}
