package org.recensio.ingest;

import java.util.List;
import java.util.function.IntPredicate;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceSpan;

/**
 * Counts the control characters in a text to tell it from binary data. The layout characters
 * TAB, LF, CR and FF are not counted; every other C0 control and DEL is (ESC included: no
 * transcript needs it and XML cannot hold it). A NUL anywhere, or controls making up more than
 * {@link #BINARY_SHARE_PERCENT} per cent of the units, means binary.
 */
record ControlCensus(long units, long controls, boolean hasNul) {
  /** Share of control characters, in per cent of all units, above which data counts as binary. */
  static final int BINARY_SHARE_PERCENT = 1;

  /** True for a C0 control or DEL that is not TAB, LF, CR or FF. */
  static boolean isControl(int unit) {
    return (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f')
        || unit == 0x7F;
  }

  /** Census of the bytes from {@code from} on (for ASCII-compatible encodings). */
  static ControlCensus of(byte[] data, int from) {
    long controls = 0;
    boolean nul = false;
    for (int i = from; i < data.length; i++) {
      int b = data[i] & 0xFF;
      if (isControl(b)) {
        controls++;
        nul |= b == 0;
      }
    }
    return new ControlCensus(data.length - from, controls, nul);
  }

  /** Census of decoded lines (for encodings such as UTF-16, where NUL bytes are normal). */
  static ControlCensus of(List<SourceLine> lines) {
    long units = 0;
    long controls = 0;
    boolean nul = false;
    for (SourceLine line : lines) {
      String s = line.text();
      units += s.length() + 1;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isControl(c)) {
          controls++;
          nul |= c == 0;
        }
      }
    }
    return new ControlCensus(units, controls, nul);
  }

  boolean isBinary() {
    return hasNul || controls * 100 > units * BINARY_SHARE_PERCENT;
  }

  /** What to point at as the evidence: the first NUL if there is one, else the first control. */
  IntPredicate evidence() {
    return hasNul ? c -> c == 0 : ControlCensus::isControl;
  }

  /** Offset of the first byte from {@code from} on that matches, or -1. */
  static int first(byte[] data, int from, IntPredicate which) {
    for (int i = from; i < data.length; i++) {
      if (which.test(data[i] & 0xFF)) {
        return i;
      }
    }
    return -1;
  }

  /** The place of the first character that matches, or the file when none does. */
  static SourceSpan first(List<SourceLine> lines, String source, IntPredicate which) {
    for (SourceLine line : lines) {
      String s = line.text();
      for (int i = 0; i < s.length(); i++) {
        if (which.test(s.charAt(i))) {
          return SourceSpan.at(source, line.number(), i + 1);
        }
      }
    }
    return SourceSpan.file(source);
  }
}
