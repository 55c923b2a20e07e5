package org.recensio.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.recensio.pipeline.BuildSettings;
import org.recensio.pipeline.EditionBuilder;

/**
 * The seed as a critical edition (issue 5): the seed collated with the witnesses B, C and D that
 * {@code src/test/resources/collation/make-witnesses.py} made from it, as its configuration
 * {@code edition.yaml} says, built to TEI once for the test classes that share a JVM.
 */
final class CollatedSeed {
  static final Path CONFIG = Path.of("src/test/resources/collation/edition.yaml");
  static final String BASE = SeedSite.BASE;
  static final String PAGE = SeedSite.PAGE;
  static final String WITNESSES = BASE + "-witnesses.html";

  private CollatedSeed() {}

  static TeiDocument tei() {
    return Built.TEI;
  }

  private static final class Built {
    static final TeiDocument TEI = build();

    private static TeiDocument build() {
      Path work = null;
      try {
        work = Files.createTempDirectory("recensio-collated-seed");
        EditionBuilder.Outcome outcome = new EditionBuilder((name, tei) -> List.of()).build(SeedSite.SEED,
            new BuildSettings(work, Optional.of(CONFIG), Optional.empty(), BuildSettings.DEFAULT_MAX_BYTES));
        return new TeiDocument(BASE, outcome.teiBytes());
      } catch (Exception e) {
        throw new IllegalStateException("cannot build the collated seed " + CONFIG, e);
      } finally {
        if (work != null) {
          try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
          } catch (IOException e) {
            // a temporary folder left behind
          }
        }
      }
    }
  }
}
