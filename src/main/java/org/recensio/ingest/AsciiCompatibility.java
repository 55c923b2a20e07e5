package org.recensio.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether a charset writes ASCII as ASCII, so that control bytes can be counted before decoding.
 * True for UTF-8, windows-1252 and the ISO-8859 family; false for UTF-16 and UTF-32.
 */
final class AsciiCompatibility {
  private static final String PROBE = "\u0000\t\n\r\f\u001b\u007f Az~";

  private AsciiCompatibility() {}

  static boolean of(Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8) || cs.equals(Windows1252.CHARSET)) {
      return true;
    }
    if (!cs.canEncode()) {
      return false;
    }
    try {
      ByteBuffer encoded = cs.newEncoder().encode(CharBuffer.wrap(PROBE));
      byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.arrayOffset(),
          encoded.arrayOffset() + encoded.limit());
      return Arrays.equals(bytes, PROBE.getBytes(StandardCharsets.US_ASCII));
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
