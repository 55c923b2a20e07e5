package org.recensio.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks the decoder recognises, and the charset each one announces. */
enum ByteOrderMark {
  UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
  UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
  UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

  private final Charset charset;
  private final int[] bytes;

  ByteOrderMark(Charset charset, int... bytes) {
    this.charset = charset;
    this.bytes = bytes;
  }

  Charset charset() {
    return charset;
  }

  /** Number of bytes the mark takes at the start of the file. */
  int length() {
    return bytes.length;
  }

  /** The mark the data starts with, if any. */
  static Optional<ByteOrderMark> detect(byte[] data) {
    for (ByteOrderMark bom : values()) {
      if (bom.startsOf(data)) {
        return Optional.of(bom);
      }
    }
    return Optional.empty();
  }

  private boolean startsOf(byte[] data) {
    if (data.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((data[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
