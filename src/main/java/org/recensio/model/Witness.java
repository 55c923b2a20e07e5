package org.recensio.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A witness of an edition with an apparatus, as the header lists it: its siglum (an xml:id), a
 * description, a bibliographic reference where known, and whether it is the copy text.
 */
public record Witness(String siglum, String description, Optional<String> bibl, boolean copyText) {
  public Witness {
    Objects.requireNonNull(siglum, "siglum");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(bibl, "bibl");
  }
}
