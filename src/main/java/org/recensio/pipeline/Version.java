package org.recensio.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;

/** The builder's version (from the build) and the reproducible generation date. */
public final class Version {
  private Version() {}

  public static String current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/org/recensio/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * The generation date: the configuration's, else the day of SOURCE_DATE_EPOCH (UTC), else none,
   * so that two builds of the same input are byte-identical.
   */
  public static Optional<String> generationDate(String configured, String sourceDateEpoch) {
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured.trim());
    }
    if (sourceDateEpoch != null && sourceDateEpoch.trim().matches("\\d{1,12}")) {
      long seconds = Long.parseLong(sourceDateEpoch.trim());
      return Optional.of(Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
    return Optional.empty();
  }
}
