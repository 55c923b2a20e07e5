package org.recensio.model;

import java.util.List;
import java.util.Objects;

/**
 * A transcript with its structure: front matter, body blocks in order, and the notes section.
 * This is what the structure stage produces and the annotate and TEI stages consume.
 */
public record Transcript(SourceText source, Layout layout, FrontMatter front, List<Block> body, List<Note> notes,
    Register register) {
  public Transcript {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(front, "front");
    body = List.copyOf(body);
    notes = List.copyOf(notes);
    Objects.requireNonNull(register, "register");
  }

  /** A transcript whose register is still empty (before the annotate stage fills it). */
  public Transcript(SourceText source, Layout layout, FrontMatter front, List<Block> body, List<Note> notes) {
    this(source, layout, front, body, notes, Register.EMPTY);
  }

  public Transcript withRegister(Register newRegister) {
    return new Transcript(source, layout, front, body, notes, newRegister);
  }

  public Transcript withBody(List<Block> newBody) {
    return new Transcript(source, layout, front, newBody, notes, register);
  }

  public Transcript withFront(FrontMatter newFront) {
    return new Transcript(source, layout, newFront, body, notes, register);
  }

  public Transcript withNotes(List<Note> newNotes) {
    return new Transcript(source, layout, front, body, newNotes, register);
  }

  /** The same transcript with every paragraph (front, body, embedded, notes) passed through {@code f}. */
  public Transcript mapParagraphs(java.util.function.UnaryOperator<Paragraph> f) {
    List<Block> newBody = body.stream().map(b -> map(b, f)).toList();
    return new Transcript(source, layout, front.map(f), newBody, notes.stream().map(n -> n.map(f)).toList(), register);
  }

  private static Block map(Block b, java.util.function.UnaryOperator<Paragraph> f) {
    if (b instanceof Paragraph p) {
      return f.apply(p);
    }
    if (b instanceof Heading h) {
      return h.map(f);
    }
    return ((EmbeddedDocument) b).map(f);
  }

  /** Every paragraph of the front matter, body and notes. */
  public java.util.stream.Stream<Paragraph> paragraphs() {
    return java.util.stream.Stream.of(front.paragraphs(), bodyParagraphs(),
        notes.stream().flatMap(n -> n.paragraphs().stream())).flatMap(s -> s);
  }

  /** The paragraphs of the body, embedded documents and headings included, in order. */
  public java.util.stream.Stream<Paragraph> bodyParagraphs() {
    return body.stream().flatMap(b -> {
      if (b instanceof Paragraph p) {
        return java.util.stream.Stream.of(p);
      }
      if (b instanceof Heading h) {
        return java.util.stream.Stream.of(h.paragraph());
      }
      return ((EmbeddedDocument) b).paragraphs();
    });
  }
}
