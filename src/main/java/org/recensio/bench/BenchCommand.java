package org.recensio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recensio.diag.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recensio bench}: times text to TEI in process on the seed and on generated corpora. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Times text -> TEI in process, on one thread, on the seed and on corpora made by shuffling its"
        + " paragraphs; prints wall time, MB/s and peak heap (MB = 2^20 bytes).",
        "With --render, times TEI -> HTML, FO and PDF after warm-up, on the seed and on a larger TEI.",
        "With --collate, times the collation of 2 and 5 witnesses of the seed, and of 2 witnesses of texts 1, 4 and"
            + " 16 times the seed's length.",
        "Not a test: run it with enough heap, e.g. java -Xmx2g."})
public final class BenchCommand implements Callable<Integer> {
  /** Exit code for an unreadable or undecodable seed, as for bad input elsewhere. */
  static final int INPUT_ERRORS = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--sizes", split = ",", paramLabel = "MB", description = "Sizes of the shuffled corpora (default: 1,10,50).")
  List<Integer> sizes = List.of(1, 10, 50);

  @Option(names = "--single-paragraph-mb", paramLabel = "MB",
      description = "Size of the single-paragraph inputs, wrapped and on one line; 0 for none (default: ${DEFAULT-VALUE}).")
  int singleParagraphMb = 50;

  @Option(names = "--seed", paramLabel = "FILE", description = "The seed transcript (default: ${DEFAULT-VALUE}).")
  Path seed = Path.of("seeds", "lenin-1920-12-30-trade-unions.txt");

  @Option(names = "--random-seed", paramLabel = "N", description = "Seed of the shuffles (default: ${DEFAULT-VALUE}).")
  long randomSeed = 1920;

  @Option(names = "--max-size", paramLabel = "MB",
      description = "The decoder's size limit, as in build; larger inputs are refused (default: ${DEFAULT-VALUE}).")
  long maxSizeMb = org.recensio.pipeline.BuildSettings.DEFAULT_MAX_BYTES / (1024 * 1024);

  @Option(names = "--render", description = "Time rendering instead: the seed's TEI and a larger TEI to HTML, FO and PDF.")
  boolean render;

  @Option(names = "--collate", description = "Time the critical apparatus instead: collating 2 and 5 witnesses"
      + " of the seed, and 2 witnesses of 1x, 4x and 16x the seed.")
  boolean collate;

  @Option(names = "--render-tei-mb", paramLabel = "MB",
      description = "Size of the larger TEI for --render (default: ${DEFAULT-VALUE}).")
  int renderTeiMb = 5;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sizes.stream().anyMatch(s -> s <= 0) || singleParagraphMb < 0 || maxSizeMb <= 0) {
      err.println("recensio: sizes must be positive");
      return INPUT_ERRORS;
    }
    try {
      if (collate) {
        new CollateBench(out, randomSeed).run(java.nio.file.Files.readAllBytes(seed), seed.getFileName().toString());
        return 0;
      }
      if (render) {
        new RenderBench(out).run(java.nio.file.Files.readAllBytes(seed), seed.getFileName().toString(), renderTeiMb, 3,
            randomSeed);
        return 0;
      }
      new Bench(new Bench.Settings(seed, sizes, singleParagraphMb, maxSizeMb * Bench.MB, randomSeed), out).run();
      return 0;
    } catch (org.recensio.render.RenderException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("recensio: cannot read the seed " + seed + ": " + e.getMessage());
      return INPUT_ERRORS;
    } catch (InputException e) {
      err.println(e.diagnostic().format());
      return INPUT_ERRORS;
    }
  }
}
