package org.recensio.tei;

import java.util.Objects;
import java.util.Optional;

/**
 * Facts about this build that go into the header: the builder's version, and the generation date
 * (from the configuration or SOURCE_DATE_EPOCH; absent otherwise, so output stays reproducible).
 */
public record BuildInfo(String version, Optional<String> date) {
  public BuildInfo {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(date, "date");
  }
}
