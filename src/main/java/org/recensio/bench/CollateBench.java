package org.recensio.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.recensio.collate.Collator;
import org.recensio.collate.WitnessText;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.ingest.Decoder;
import org.recensio.model.Inline;
import org.recensio.model.SourceText;
import org.recensio.model.Transcript;
import org.recensio.pipeline.Pipeline;
import org.recensio.tei.BuildInfo;

/**
 * {@code recensio bench --collate}: times the collate stage (reading each witness's paragraphs and
 * collating it against the copy text) on the seed with two and five witnesses, and with two
 * witnesses on texts 1, 4 and 16 times the seed's length (the seed repeated). Witnesses are the
 * copy text with about one word in forty replaced, deterministically. Median of three runs after
 * a warm-up; the copy text's own structure and annotation are not timed.
 */
final class CollateBench {
  private static final String[] WORDS = {"state", "party", "union", "question", "workers", "error", "theses",
      "comrade", "production", "discussion"};
  private final PrintWriter out;
  private final long randomSeed;

  CollateBench(PrintWriter out, long randomSeed) {
    this.out = out;
    this.randomSeed = randomSeed;
  }

  void run(byte[] seed, String name) throws InputException {
    out.printf("%-28s %9s %10s %11s %9s %12s%n", "collate", "text KB", "witnesses", "places", "ms", "ms per 100KB");
    row(seed, name, 1, 2);
    row(seed, name, 1, 5);
    for (int times : new int[] {4, 16}) {
      row(seed, name, times, 2);
    }
    out.flush();
  }

  private void row(byte[] seed, String name, int times, int witnesses) throws InputException {
    String text = new String(seed, StandardCharsets.UTF_8);
    String base = (text.endsWith("\n") ? text : text + "\n").repeat(times);
    Transcript t = transcript(base, name);
    List<WitnessText> wits = new ArrayList<>();
    for (int i = 0; i < witnesses; i++) {
      String w = edited(base, new Random(randomSeed + i));
      SourceText st = decode(w, "W" + i + ".txt");
      wits.add(Pipeline.paragraphs(new Pipeline.WitnessSource("W" + i, st, EditionConfig.defaults())));
    }
    collate(t, wits, name, base); // warm-up
    long[] ms = new long[3];
    int places = 0;
    for (int k = 0; k < ms.length; k++) {
      long start = System.nanoTime();
      List<WitnessText> again = new ArrayList<>();
      for (int i = 0; i < witnesses; i++) {
        String w = edited(base, new Random(randomSeed + i));
        again.add(Pipeline.paragraphs(new Pipeline.WitnessSource("W" + i, decode(w, "W" + i + ".txt"),
            EditionConfig.defaults())));
      }
      places = collate(t, again, name, base);
      ms[k] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(ms);
    double kb = base.getBytes(StandardCharsets.UTF_8).length / 1024.0;
    out.printf("%-28s %9.0f %10d %11d %9d %12.1f%n", "seed x" + times + ", " + witnesses + " witnesses", kb,
        witnesses, places, ms[1], ms[1] / kb * 100);
  }

  private static int collate(Transcript t, List<WitnessText> wits, String name, String base) {
    Transcript c = new Collator(EditionConfig.defaults()).collate(t, "CT", wits, new DiagnosticSink());
    return (int) c.paragraphs().flatMap(p -> p.inlines().stream()).filter(i -> i instanceof Inline.App).count();
  }

  private static Transcript transcript(String text, String name) throws InputException {
    Pipeline.Result r = new Pipeline(EditionConfig.defaults(), new BuildInfo("bench", Optional.empty()))
        .run(decode(text, name), new DiagnosticSink());
    return r.transcript();
  }

  private static SourceText decode(String text, String name) throws InputException {
    return new Decoder().decode(name, text.getBytes(StandardCharsets.UTF_8), new DiagnosticSink());
  }

  private static String sameLength(String word, Random random) {
    List<String> fits = Arrays.stream(WORDS).filter(w -> w.length() == word.length() && !w.equals(word)).toList();
    return fits.isEmpty() ? word.substring(1) + word.charAt(0) : fits.get(random.nextInt(fits.size()));
  }

  /** About one word in forty replaced by another of the same length (so the lines, and the paragraphs, stay). */
  static String edited(String text, Random random) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String[] words = line.split(" ");
      for (int i = 1; i < words.length; i++) {
        if (words[i].matches("[a-z]{4,}") && random.nextInt(40) == 0) {
          words[i] = sameLength(words[i], random);
        }
      }
      sb.append(String.join(" ", words)).append('\n');
    }
    return sb.substring(0, sb.length() - 1);
  }
}
