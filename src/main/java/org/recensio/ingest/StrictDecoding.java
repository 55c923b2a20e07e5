package org.recensio.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.recensio.model.SourceLine;

/**
 * Decodes bytes in one pass, refusing malformed or unmappable input and reporting where it is.
 * Characters go through a small buffer straight into a {@link LineCollector}, so each character
 * is copied once, into its line.
 */
final class StrictDecoding {
  private static final int CHUNK = 64 * 1024;

  /** The decoded lines, or (when {@code errorOffset >= 0}) the byte offset that failed. */
  record Result(List<SourceLine> lines, int errorOffset) {
    boolean ok() {
      return errorOffset < 0;
    }
  }

  private StrictDecoding() {}

  static Result decode(byte[] data, int from, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(data, from, data.length - from);
    CharBuffer out = CharBuffer.allocate(CHUNK);
    LineCollector lines = new LineCollector();
    CoderResult r;
    do {
      r = decoder.decode(in, out, true);
      if (r.isError()) {
        return new Result(List.of(), in.position());
      }
      drain(out, lines);
    } while (r.isOverflow());
    do {
      r = decoder.flush(out);
      drain(out, lines);
    } while (r.isOverflow());
    return new Result(lines.finish(), -1);
  }

  /** Decodes leniently (replacing what does not decode); used to locate a byte offset. */
  static String decodeLeniently(byte[] data, int from, int to, Charset charset) {
    return new String(data, from, Math.max(0, to - from), charset);
  }

  private static void drain(CharBuffer out, LineCollector lines) {
    out.flip();
    lines.accept(out);
    out.clear();
  }
}
