package org.recensio.render;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;

/**
 * Collects the documents one transformation writes with xsl:result-document as relative path
 * to bytes. The stylesheet's hrefs are relative; they resolve against {@link #BASE}, a URI that
 * names no real place, and nothing is ever written to disk. Not thread-safe: one per run.
 */
final class SiteOutput {
  static final URI BASE = URI.create("file:/recensio-site/");

  private final Processor processor;
  private final Map<String, ByteArrayOutputStream> files = new TreeMap<>();

  SiteOutput(Processor processor) {
    this.processor = processor;
  }

  /** The destination for the document at {@code uri}; a path outside the site is refused. */
  Destination open(URI uri) {
    URI relative = BASE.relativize(uri.normalize());
    String path = relative.getPath();
    if (relative.isAbsolute() || path == null || path.isEmpty() || path.startsWith("..")) {
      throw new IllegalStateException("stylesheet writes outside the site: " + uri);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (files.putIfAbsent(path, bytes) != null) {
      throw new IllegalStateException("stylesheet writes " + path + " twice");
    }
    Serializer serializer = processor.newSerializer(bytes);
    return serializer;
  }

  /** Every document written so far, by relative path (sorted). */
  Map<String, byte[]> files() {
    Map<String, byte[]> out = new TreeMap<>();
    files.forEach((path, bytes) -> out.put(path, bytes.toByteArray()));
    return out;
  }
}
