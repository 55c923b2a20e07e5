package org.recensio.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.WitnessConfig;
import org.recensio.model.Witness;

/**
 * The witnesses an edition's configuration lists, sorted out: which entry describes the copy text
 * (the one with {@code base: true}; else one whose file is the transcript; else one without a file;
 * else none, and the copy text gets the siglum {@value #COPY_TEXT_SIGLUM}), and the others, which
 * are collated against it. The transcript being built is always the copy text.
 */
public record Witnesses(Witness copyText, List<WitnessConfig> others, List<Witness> all) {
  public static final String COPY_TEXT_SIGLUM = "CT";

  public Witnesses {
    others = List.copyOf(others);
    all = List.copyOf(all);
  }

  /** True when there is something to collate. */
  public boolean collating() {
    return !others.isEmpty();
  }

  public static Witnesses of(EditionConfig config, Path transcript) {
    List<WitnessConfig> entries = config.witnesses();
    Optional<WitnessConfig> base = entries.stream().filter(WitnessConfig::isBase).findFirst()
        .or(() -> entries.stream().filter(w -> w.file() != null && same(Path.of(w.file()), transcript)).findFirst())
        .or(() -> entries.stream().filter(w -> w.file() == null).findFirst());
    Witness copy = base.map(w -> new Witness(w.siglum(), w.description(), Optional.ofNullable(w.bibl()), true))
        .orElseGet(() -> new Witness(COPY_TEXT_SIGLUM, "The copy text: " + transcript.getFileName(),
            Optional.empty(), true));
    List<WitnessConfig> others = new ArrayList<>();
    List<Witness> all = new ArrayList<>();
    if (base.isEmpty()) {
      all.add(copy);
    }
    for (WitnessConfig w : entries) {
      boolean isBase = base.isPresent() && base.get() == w;
      if (isBase) {
        all.add(copy);
      } else if (w.file() != null) {
        others.add(w);
        all.add(new Witness(w.siglum(), w.description(), Optional.ofNullable(w.bibl()), false));
      }
    }
    if (all.stream().map(Witness::siglum).distinct().count() != all.size()) {
      throw new IllegalArgumentException("witness siglum " + COPY_TEXT_SIGLUM + " is taken: describe the copy text"
          + " with base: true");
    }
    return new Witnesses(copy, others, all);
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
