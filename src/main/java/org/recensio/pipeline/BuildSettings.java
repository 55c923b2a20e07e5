package org.recensio.pipeline;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build: where outputs go, a configuration that overrides the one beside each text, a
 * forced input encoding, and the size limit for one transcript.
 */
public record BuildSettings(Path outputDir, Optional<Path> config, Optional<Charset> encoding, long maxBytes) {
  /** 100 MB: larger transcripts are refused with a clear message (raise it with --max-size, and the heap). */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  public BuildSettings {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(encoding, "encoding");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
  }
}
