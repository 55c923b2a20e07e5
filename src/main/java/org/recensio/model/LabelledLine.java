package org.recensio.model;

import java.util.Objects;

/**
 * A front-matter line that starts with a label ("Source:", "First Published:"). {@code labelEnd}
 * is the offset just past the colon in the paragraph's text; {@code key} is a normalised form of
 * the label ("source", "firstPublished").
 */
public record LabelledLine(String label, String key, int labelEnd, Paragraph paragraph) {
  public LabelledLine {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(paragraph, "paragraph");
  }

  /** The value after the label, whitespace collapsed. */
  public String value() {
    return Whitespace.collapse(paragraph.text().text().substring(labelEnd));
  }
}
