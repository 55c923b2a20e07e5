package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The programs outside Maven that the browser tests and the HTML check run: Debian's Chromium
 * and its driver, and the Nu HTML Checker (the npm package vnu-jar). {@code .ci/run} installs
 * them. On a developer machine without them those tests are skipped, saying what to install; on
 * CI (environment variable CI=true) a missing program fails the tests instead, so that a broken
 * install step cannot pass unnoticed.
 */
final class ExternalTools {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The vnu-jar version that .ci/run installs. */
  static final String VNU_VERSION = "26.9.27";

  private ExternalTools() {}

  /** Why the browser tests cannot run here, if they cannot. */
  static Optional<String> chromiumMissing() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? Optional.empty()
        : Optional.of("headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): "
            + "apt-get install chromium chromium-driver (or run .ci/run)");
  }

  /**
   * vnu.jar: the system property {@code recensio.vnu.jar}, else the environment variable
   * {@code RECENSIO_VNU_JAR}, else where .ci/run installs it.
   */
  static Path vnuJar() {
    return Optional.ofNullable(System.getProperty("recensio.vnu.jar"))
        .or(() -> Optional.ofNullable(System.getenv("RECENSIO_VNU_JAR")))
        .map(Path::of)
        .orElseGet(() -> vnuPrefix().resolve("node_modules/vnu-jar/build/dist/vnu.jar"));
  }

  /** Why the Nu HTML check cannot run here, if it cannot. */
  static Optional<String> vnuMissing() {
    return Files.isRegularFile(vnuJar()) ? Optional.empty()
        : Optional.of("the Nu HTML Checker is not installed (" + vnuJar() + "): npm install --ignore-scripts --prefix "
            + vnuPrefix() + " vnu-jar@" + VNU_VERSION + " (or run .ci/run)");
  }

  /**
   * For {@code @BeforeAll}: true if the tests can run. On CI a missing program fails here; on a
   * developer machine it is said once, and {@link #assumePresent} then skips each test.
   */
  static boolean present(Optional<String> missing) {
    if (missing.isPresent()) {
      assertFalse("true".equals(System.getenv("CI")), missing.get());
      System.err.println("SKIPPED: " + missing.get());
    }
    return missing.isEmpty();
  }

  /** For {@code @BeforeEach}: skips the test, saying what to install. */
  static void assumePresent(Optional<String> missing) {
    assumeTrue(missing.isEmpty(), missing::get);
  }

  /** ${XDG_CACHE_HOME:-$HOME/.cache}/recensio/vnu-jar, as in .ci/run. */
  static Path vnuPrefix() {
    String cache = System.getenv("XDG_CACHE_HOME");
    Path base = cache != null && !cache.isEmpty() ? Path.of(cache)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("recensio").resolve("vnu-jar");
  }

  /** Where the tests leave files for people to look at: the build directory, as Maven's. */
  static Path artifacts(String name) {
    return Path.of(System.getProperty("recensio.build.dir", "target")).resolve(name);
  }
}
