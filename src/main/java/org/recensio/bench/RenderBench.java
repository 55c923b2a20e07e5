package org.recensio.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.ingest.Decoder;
import org.recensio.pipeline.Pipeline;
import org.recensio.pipeline.Version;
import org.recensio.render.HtmlRenderer;
import org.recensio.render.PdfRenderer;
import org.recensio.render.RenderException;
import org.recensio.render.TeiDocument;
import org.recensio.tei.BuildInfo;

/**
 * Times rendering in process, after warm-up: the seed's TEI to the HTML site, to FO and to PDF,
 * and the same for a TEI of a given size made from a shuffled corpus of the seed.
 */
final class RenderBench {
  private final PrintWriter out;
  private final HtmlRenderer html = new HtmlRenderer();
  private final PdfRenderer pdf = new PdfRenderer();

  RenderBench(PrintWriter out) {
    this.out = out;
  }

  void run(byte[] seedText, String seedName, int teiMb, int warmUps, long randomSeed)
      throws InputException, RenderException {
    byte[] seedTei = tei(seedName, seedText);
    CorpusGenerator generator = CorpusGenerator.of(seedName, seedText);
    byte[] bigTei = teiOfSize(generator, teiMb * Bench.MB, randomSeed);
    out.printf(Locale.ROOT, "warm-up: %d renders of the seed to HTML, FO and PDF%n", warmUps);
    for (int i = 0; i < warmUps; i++) {
      renderAll(seedTei);
    }
    out.printf(Locale.ROOT, "%n%-22s %10s %12s %12s %12s%n", "TEI", "TEI MB", "HTML ms", "FO ms", "PDF ms");
    row("seed", seedTei);
    row("shuffled corpus", bigTei);
    out.flush();
  }

  private void row(String label, byte[] tei) throws RenderException {
    long h = time(() -> html.renderSite(List.of(new TeiDocument("bench", tei))));
    long f = time(() -> pdf.fo(tei, "bench.tei.xml"));
    long p = time(() -> pdf.render(tei, "bench.tei.xml"));
    out.printf(Locale.ROOT, "%-22s %10.2f %12d %12d %12d%n", label, tei.length / (double) Bench.MB, h, f, p);
    out.flush();
  }

  private void renderAll(byte[] tei) throws RenderException {
    html.renderSite(List.of(new TeiDocument("bench", tei)));
    pdf.render(tei, "bench.tei.xml");
  }

  /** A rendering step that may fail. */
  private interface Step {
    Object run() throws RenderException;
  }

  private static long time(Step step) throws RenderException {
    long t0 = System.nanoTime();
    step.run();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static byte[] tei(String name, byte[] text) throws InputException {
    DiagnosticSink sink = new DiagnosticSink();
    Pipeline pipeline = new Pipeline(EditionConfig.defaults(), new BuildInfo(Version.current(), Optional.empty()));
    return pipeline.run(new Decoder().decode(name, text, sink), sink).tei();
  }

  /** The TEI of a shuffled corpus whose TEI is about {@code bytes} long (grown until it is). */
  private static byte[] teiOfSize(CorpusGenerator generator, long bytes, long randomSeed) throws InputException {
    long text = bytes / 2;
    while (true) {
      byte[] tei = tei("corpus.txt", generator.shuffled(text, randomSeed));
      if (tei.length >= bytes) {
        return tei;
      }
      text = text * bytes / Math.max(1, tei.length) + 1;
    }
  }

}
