package org.recensio.ingest;

import java.util.Arrays;
import org.recensio.model.SourceSpan;

/**
 * The one place in ingest that turns a character offset into a 1-based line and column, using the
 * same terminators as {@link LineCollector} (LF, CRLF, CR). Columns count UTF-16 characters, as
 * {@code String} indices do, so they agree with the columns later stages compute on
 * {@code SourceLine} text. Built like jsoup's {@code LineMap}: the offsets where lines start,
 * searched by bisection.
 */
final class LineMap {
  private final int[] lineStarts;
  private final int length;

  private LineMap(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  static LineMap of(CharSequence text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineMap(Arrays.copyOf(starts, n), text.length());
  }

  /** 1-based line of a character offset (an offset at the very end belongs to the last line). */
  int line(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** 1-based column of a character offset within its line. */
  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** A one-point span at a character offset. */
  SourceSpan span(String source, int offset) {
    return SourceSpan.at(source, line(offset), column(offset));
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
    }
  }
}
