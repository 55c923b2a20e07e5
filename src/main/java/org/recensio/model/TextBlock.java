package org.recensio.model;

import java.util.List;
import java.util.Objects;

/**
 * The text of one block (a paragraph, a heading, a note paragraph) exactly as in the source:
 * its lines, trimmed of surrounding whitespace, joined with {@code '\n'}. Offsets into this text
 * map back to the transcript's line and column through {@link #spanOf}.
 */
public record TextBlock(String source, String text, List<LineSlice> slices) {
  public TextBlock {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    slices = List.copyOf(slices);
    if (slices.isEmpty()) {
      throw new IllegalArgumentException("a text block has at least one line");
    }
  }

  /** The block's lines joined with '\n', each slice mapping an offset back to the source. */
  public static TextBlock of(String source, List<LineSlice> slices, String text) {
    return new TextBlock(source, text, slices);
  }

  public int firstLine() {
    return slices.get(0).line();
  }

  public int lastLine() {
    return slices.get(slices.size() - 1).line();
  }

  /** The source position of an offset in this block's text. */
  public SourceSpan spanOf(int offset) {
    return spanOf(offset, offset);
  }

  public SourceSpan spanOf(int start, int end) {
    LineSlice a = sliceAt(start);
    LineSlice b = sliceAt(Math.max(start, end - 1));
    return new SourceSpan(source, a.line(), a.column() + start - a.offset(), b.line(),
        b.column() + Math.max(start, end - 1) - b.offset());
  }

  private LineSlice sliceAt(int offset) {
    int lo = 0;
    int hi = slices.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (slices.get(mid).offset() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return slices.get(lo);
  }

  /** A new block holding the text from {@code start} (inclusive) to {@code end} (exclusive). */
  public TextBlock sub(int start, int end) {
    java.util.ArrayList<LineSlice> out = new java.util.ArrayList<>();
    for (int i = 0; i < slices.size(); i++) {
      LineSlice s = slices.get(i);
      int sliceEnd = i + 1 < slices.size() ? slices.get(i + 1).offset() : text.length() + 1;
      if (sliceEnd <= start || s.offset() >= end) {
        continue;
      }
      int from = Math.max(start, s.offset());
      out.add(new LineSlice(from - start, s.line(), s.column() + from - s.offset()));
    }
    return new TextBlock(source, text.substring(start, end), out);
  }
}
