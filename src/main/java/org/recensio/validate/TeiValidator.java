package org.recensio.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks one TEI document against one schema (or several, see {@link SchemaLoader#combine}).
 * Implementations are immutable and thread-safe: one instance serves every document.
 */
public interface TeiValidator {
  /** A short name for the schema, e.g. {@code recensio.rng}. */
  String name();

  /**
   * Validates a document held in memory.
   *
   * @param tei the document's bytes (any XML encoding)
   * @param systemId the name issues carry, usually the file name
   */
  ValidationReport validate(byte[] tei, String systemId);

  /** Validates a file; issues carry the path as given. */
  default ValidationReport validate(Path file) {
    try {
      return validate(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
