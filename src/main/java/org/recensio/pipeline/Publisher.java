package org.recensio.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recensio.render.HtmlRenderer;
import org.recensio.render.PdfRenderer;
import org.recensio.render.RenderException;
import org.recensio.render.TeiDocument;

/**
 * Publishes built TEI documents: the print edition of each ({@code <base>.pdf}) and the static
 * HTML site of them all (landing page, text pages, about pages, index of persons, search),
 * rendered from the TEI alone by XSLT, written atomically into the output directory.
 */
public final class Publisher {
  /** What to publish. */
  public record Formats(boolean html, boolean pdf) {
    public static final Formats ALL = new Formats(true, true);
  }

  private final Formats formats;
  private HtmlRenderer html;
  private PdfRenderer pdf;

  public Publisher(Formats formats) {
    this.formats = formats;
  }

  /** Renders and writes; returns the files written, in order. */
  public List<Path> publish(List<TeiDocument> texts, Path outputDir) throws RenderException, IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (formats.pdf()) {
      for (TeiDocument t : texts) {
        files.put(outputDir.resolve(t.baseName() + ".pdf"), pdf().render(t.tei(), t.baseName() + ".tei.xml"));
      }
    }
    if (formats.html() && !texts.isEmpty()) {
      for (Map.Entry<String, byte[]> page : html().renderSite(texts).entrySet()) {
        files.put(outputDir.resolve(page.getKey()), page.getValue());
      }
    }
    AtomicFiles.writeAll(files);
    return new ArrayList<>(files.keySet());
  }

  private HtmlRenderer html() {
    if (html == null) {
      html = new HtmlRenderer();
    }
    return html;
  }

  private PdfRenderer pdf() {
    if (pdf == null) {
      pdf = new PdfRenderer();
    }
    return pdf;
  }
}
