package org.recensio.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.stream.Stream;
import org.recensio.pipeline.BuildSettings;
import org.recensio.pipeline.EditionBuilder;

/** The seed text (Lenin, The Trade Unions) built to TEI and rendered as a site on disk. */
final class SeedSite {
  static final Path SEED = Path.of("seeds/lenin-1920-12-30-trade-unions.txt");
  static final String BASE = "lenin-1920-12-30-trade-unions";
  static final String PAGE = BASE + ".html";

  private SeedSite() {}

  /** The seed's TEI, built once for the test classes that share a JVM. */
  static TeiDocument tei() {
    return Built.TEI;
  }

  private static final class Built {
    static final TeiDocument TEI = build();

    private static TeiDocument build() {
      Path work = null;
      try {
        work = Files.createTempDirectory("recensio-seed");
        EditionBuilder.Outcome outcome = new EditionBuilder((name, tei) -> List.of())
            .build(SEED, new BuildSettings(work, Optional.empty(), Optional.empty(), BuildSettings.DEFAULT_MAX_BYTES));
        return new TeiDocument(BASE, outcome.teiBytes());
      } catch (Exception e) {
        throw new IllegalStateException("cannot build the seed " + SEED, e);
      } finally {
        delete(work);
      }
    }

    private static void delete(Path dir) {
      if (dir == null) {
        return;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        // a temporary folder left behind
      }
    }
  }

  /** Writes the site of {@code texts} into {@code dir}, with each text's TEI beside its page. */
  static void write(List<TeiDocument> texts, Path dir) throws IOException, RenderException {
    Map<String, byte[]> site = HtmlPages.RENDERER.renderSite(texts);
    for (Map.Entry<String, byte[]> file : site.entrySet()) {
      Path to = dir.resolve(file.getKey());
      Files.createDirectories(to.getParent());
      Files.write(to, file.getValue());
    }
    for (TeiDocument text : texts) {
      Files.write(dir.resolve(text.baseName() + ".tei.xml"), text.tei());
    }
  }
}
