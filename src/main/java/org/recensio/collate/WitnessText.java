package org.recensio.collate;

import java.util.List;
import java.util.Objects;
import org.recensio.model.TextBlock;

/** A witness to collate: its siglum and the text of its paragraphs, in source order. */
public record WitnessText(String siglum, List<TextBlock> paragraphs) {
  public WitnessText {
    Objects.requireNonNull(siglum, "siglum");
    paragraphs = List.copyOf(paragraphs);
  }
}
