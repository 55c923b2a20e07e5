package org.recensio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.ingest.Decoder;
import org.recensio.model.SourceText;
import org.recensio.pipeline.Pipeline;
import org.recensio.pipeline.Version;
import org.recensio.tei.BuildInfo;

/**
 * Times text to TEI in process, on one thread: {@link Decoder} then {@link Pipeline}, on the seed,
 * on shuffled corpora of the given sizes and on one single paragraph (wrapped, and on one line).
 * Prints wall time, throughput and peak heap for each, and time per MB to judge linearity. Inputs
 * are generated before the clock starts; the heap pools' peaks are reset after a full GC before
 * every run. Not a test: the figures depend on the machine.
 */
public final class Bench {
  /** One MB for every figure here: 2^20 bytes, as in the size limit's message. */
  static final long MB = 1L << 20;
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final int MAX_REPEATS = 15;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** What to run: the seed, the corpus sizes, the single paragraph's size (0: none), the limit. */
  public record Settings(Path seed, List<Integer> sizesMb, int singleParagraphMb, long maxBytes, long randomSeed) {
    public Settings {
      Objects.requireNonNull(seed, "seed");
      sizesMb = List.copyOf(sizesMb);
      if (sizesMb.stream().anyMatch(s -> s <= 0) || singleParagraphMb < 0 || maxBytes <= 0) {
        throw new IllegalArgumentException("sizes must be positive");
      }
    }
  }

  /** One timed run; {@code refusal} is the decoder's message when it refused the input. */
  record Measurement(String name, long bytes, int runs, long decodeNanos, long totalNanos, long cpuNanos,
      long peakHeap, long teiBytes, int paragraphs, String refusal) {
    double megabytes() {
      return (double) bytes / MB;
    }

    double millis() {
      return totalNanos / 1e6;
    }

    double mbPerSecond() {
      return megabytes() / (totalNanos / 1e9);
    }

    double millisPerMb() {
      return millis() / megabytes();
    }

    /** Throughput by this thread's CPU time: what wall time would be on an idle machine, GC aside. */
    double cpuMbPerSecond() {
      return megabytes() / (cpuNanos / 1e9);
    }
  }

  private final Settings settings;
  private final PrintWriter out;
  private final Decoder decoder;
  private final Pipeline pipeline;

  public Bench(Settings settings, PrintWriter out) {
    this.settings = settings;
    this.out = out;
    this.decoder = new Decoder().withMaxBytes(settings.maxBytes());
    this.pipeline = new Pipeline(EditionConfig.defaults(), new BuildInfo(Version.current(), Optional.empty()));
  }

  /** Runs everything and prints the table; throws when the seed cannot be read or decoded. */
  public void run() throws IOException, InputException {
    byte[] seed = Files.readAllBytes(settings.seed());
    String name = settings.seed().getFileName().toString();
    CorpusGenerator generator = CorpusGenerator.of(name, seed);
    header();
    warmUp(seed, generator);
    List<Measurement> rows = new ArrayList<>();
    rows.add(measure("seed", seed, repeats(seed.length)));
    for (int size : settings.sizesMb()) {
      rows.add(measure("shuffled", generator.shuffled(size * MB, settings.randomSeed()), 1));
    }
    if (settings.singleParagraphMb() > 0) {
      long target = settings.singleParagraphMb() * MB;
      rows.add(measure("1 paragraph, wrapped", generator.singleParagraph(target, settings.randomSeed(),
          CorpusGenerator.Shape.WRAPPED), 1));
      rows.add(measure("1 paragraph, 1 line", generator.singleParagraph(target, settings.randomSeed(),
          CorpusGenerator.Shape.ONE_LINE), 1));
    }
    BenchTable.print(out, rows);
  }

  private void header() {
    Runtime rt = Runtime.getRuntime();
    out.printf("recensio bench: text -> TEI in process, one thread (seed %s, random seed %d)%n",
        settings.seed(), settings.randomSeed());
    out.printf("java %s, %d processors, max heap %d MB, GC %s, size limit %d MB%n",
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() / MB,
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList(),
        settings.maxBytes() / MB);
    out.flush();
  }

  /** Runs the seed for a few seconds and a 1 MB corpus once, so that the JIT has done its work. */
  private void warmUp(byte[] seed, CorpusGenerator generator) throws InputException {
    long start = System.nanoTime();
    int runs = 0;
    while (System.nanoTime() - start < WARM_UP_NANOS) {
      once("warm-up", seed);
      runs++;
    }
    once("warm-up", generator.shuffled(MB, settings.randomSeed() + 1));
    out.printf("warm-up: %d runs of the seed and one 1 MB corpus, %.1f s%n%n", runs,
        (System.nanoTime() - start) / 1e9);
    out.flush();
  }

  private static int repeats(long bytes) {
    return (int) Math.max(1, Math.min(MAX_REPEATS, 4 * MB / Math.max(1, bytes)));
  }

  /** Times {@code runs} runs of one input and keeps the median, and the highest peak heap. */
  private Measurement measure(String caseName, byte[] data, int runs) {
    long[] decode = new long[runs];
    long[] total = new long[runs];
    long[] cpu = new long[runs];
    long peak = 0;
    long tei = 0;
    int paragraphs = 0;
    for (int i = 0; i < runs; i++) {
      resetHeapPeaks();
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      SourceText text;
      try {
        text = decoder.decode(caseName, data, new DiagnosticSink());
      } catch (InputException e) {
        return new Measurement(caseName, data.length, 1, 0, 0, 0, heapPeak(), 0, 0, e.diagnostic().format());
      }
      long t1 = System.nanoTime();
      Pipeline.Result r = pipeline.run(text, new DiagnosticSink());
      long t2 = System.nanoTime();
      cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
      peak = Math.max(peak, heapPeak());
      decode[i] = t1 - t0;
      total[i] = t2 - t0;
      tei = r.tei().length;
      paragraphs = (int) r.transcript().paragraphs().count();
    }
    return new Measurement(caseName, data.length, runs, median(decode), median(total), median(cpu), peak, tei,
        paragraphs, null);
  }

  private Pipeline.Result once(String caseName, byte[] data) throws InputException {
    return pipeline.run(decoder.decode(caseName, data, new DiagnosticSink()), new DiagnosticSink());
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static void resetHeapPeaks() {
    System.gc();
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the peak heap in use. */
  private static long heapPeak() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
