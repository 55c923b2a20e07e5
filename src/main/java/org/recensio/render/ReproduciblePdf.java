package org.recensio.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the wall clock out of a PDF written by FOP 2.10, which offers no setting for two of its
 * values: the XMP {@code xmp:MetadataDate} (the time of writing) becomes the document's
 * {@code xmp:CreateDate} (which the renderer sets), and the trailer's file identifier
 * {@code /ID [<a> <b>]} (FOP's FileIDGenerator hashes {@code new Date()}) becomes the MD5 of the
 * document with the identifier blanked. Both replacements keep their length, so no byte offset
 * of the cross-reference table moves.
 */
final class ReproduciblePdf {
  private static final Pattern ID = Pattern.compile("/ID \\[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\\]");
  private static final Pattern METADATA_DATE = Pattern.compile("<xmp:MetadataDate>([^<]+)</xmp:MetadataDate>");
  private static final Pattern CREATE_DATE = Pattern.compile("<xmp:CreateDate>([^<]+)</xmp:CreateDate>");

  private ReproduciblePdf() {}

  static byte[] of(byte[] pdf) {
    byte[] out = pdf.clone();
    String latin1 = new String(out, StandardCharsets.ISO_8859_1);
    Matcher metadata = METADATA_DATE.matcher(latin1);
    Matcher created = CREATE_DATE.matcher(latin1);
    if (metadata.find() && created.find()
        && metadata.group(1).length() == created.group(1).length()) {
      write(out, metadata.start(1), metadata.end(1), created.group(1));
    }
    Matcher id = ID.matcher(latin1);
    int last = -1;
    while (id.find()) {
      last = id.start();
    }
    if (last >= 0 && id.find(last)) {
      write(out, id.start(1), id.end(1), "0");
      write(out, id.start(2), id.end(2), "0");
      String digest = md5(out);
      write(out, id.start(1), id.end(1), digest);
      write(out, id.start(2), id.end(2), digest);
    }
    return out;
  }

  /** Writes {@code text} (repeated as needed) over bytes [from, to). */
  private static void write(byte[] bytes, int from, int to, String text) {
    for (int i = from; i < to; i++) {
      bytes[i] = (byte) text.charAt((i - from) % text.length());
    }
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this Java runtime", e);
    }
  }
}
