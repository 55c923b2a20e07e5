package org.recensio.model;

import java.util.List;
import java.util.Objects;

/** One editorial note from the notes section: its id as printed ("4b") and its paragraphs. */
public record Note(String id, List<Paragraph> paragraphs) {
  public Note {
    Objects.requireNonNull(id, "id");
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a note has at least one paragraph");
    }
  }

  /** The xml:id of the note: "n" followed by the printed id. */
  public String xmlId() {
    return "n" + id;
  }

  public Note map(java.util.function.UnaryOperator<Paragraph> f) {
    return new Note(id, paragraphs.stream().map(f).toList());
  }
}
