package org.recensio.model;

import java.util.Objects;
import java.util.Optional;

/** The copy text's bibliography, read from a "Source:" line. Every part is optional. */
public record Bibliography(
    String printed,
    Optional<String> title,
    Optional<String> edition,
    Optional<String> publisher,
    Optional<String> place,
    Optional<String> year,
    Optional<String> volume,
    Optional<String> pageFrom,
    Optional<String> pageTo,
    Optional<String> pagesPrinted,
    Optional<String> volumePrinted) {
  public Bibliography {
    Objects.requireNonNull(printed, "printed");
  }
}
