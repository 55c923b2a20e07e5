package org.recensio.ingest;

import java.nio.charset.Charset;

/**
 * When bytes that are not UTF-8 may be read as windows-1252: only if they are plausible text in
 * it, that is, contain none of the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D) and no control byte other than TAB, LF, CR and FF.
 */
final class Windows1252 {
  static final Charset CHARSET = Charset.forName("windows-1252");

  private Windows1252() {}

  /** Offset of the first byte from {@code from} on that rules out cp1252 text, or -1. */
  static int firstImplausible(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (isImplausible(data[i] & 0xFF)) {
        return i;
      }
    }
    return -1;
  }

  static boolean isImplausible(int b) {
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D
        || ControlCensus.isControl(b);
  }
}
