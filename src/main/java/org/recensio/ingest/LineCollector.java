package org.recensio.ingest;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.recensio.model.SourceLine;

/**
 * Cuts decoded text into physical lines as the decoder hands it over, chunk by chunk, so the
 * whole text is never held twice. LF, CRLF and CR each end a line (a CRLF split across two chunks
 * too); a last line without a terminator is still a line; a final terminator does not make an
 * extra empty line. Every other character (tab, no-break space, form feed, U+2028) stays in the
 * line's text.
 */
final class LineCollector {
  private final List<SourceLine> lines = new ArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private boolean afterCr;

  /** Takes the characters between the chunk's position and limit. */
  void accept(CharBuffer chunk) {
    char[] a = chunk.array();
    int end = chunk.arrayOffset() + chunk.limit();
    int lineStart = chunk.arrayOffset() + chunk.position();
    for (int i = lineStart; i < end; i++) {
      char c = a[i];
      if (afterCr && c == '\n') {
        lineStart = i + 1;
      } else if (c == '\n' || c == '\r') {
        emit(a, lineStart, i);
        lineStart = i + 1;
      }
      afterCr = c == '\r';
    }
    partial.append(a, lineStart, end - lineStart);
  }

  /** The lines, once all text has been accepted. */
  List<SourceLine> finish() {
    if (partial.length() > 0) {
      emit(new char[0], 0, 0);
    }
    return lines;
  }

  private void emit(char[] a, int from, int to) {
    String text;
    if (partial.length() == 0) {
      text = new String(a, from, to - from);
    } else {
      text = partial.append(a, from, to - from).toString();
      partial.setLength(0);
    }
    lines.add(new SourceLine(lines.size() + 1, text));
  }
}
