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
  private final java.util.Map<List<String>, PdfRenderer> pdf = new java.util.HashMap<>();

  public Publisher(Formats formats) {
    this.formats = formats;
  }

  /** A text to publish and the variant types its print apparatus lists. */
  public record Text(TeiDocument tei, List<String> apparatusTypes) {
    public Text {
      apparatusTypes = List.copyOf(apparatusTypes);
    }

    /** A text whose print apparatus lists the default types. */
    public static Text of(TeiDocument tei) {
      return new Text(tei, PdfRenderer.DEFAULT_APPARATUS_TYPES);
    }

    /** A text whose print apparatus follows its configuration (apparatus: includeOrthographic …). */
    public static Text of(TeiDocument tei, org.recensio.config.EditionConfig config) {
      return new Text(tei, PdfRenderer.apparatusTypes(Boolean.TRUE.equals(config.apparatus().includeOrthographic()),
          Boolean.TRUE.equals(config.apparatus().includePunctuation())));
    }
  }

  /** Renders and writes; returns the files written, in order. */
  public List<Path> publish(List<Text> texts, Path outputDir) throws RenderException, IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (formats.pdf()) {
      for (Text t : texts) {
        String base = t.tei().baseName();
        files.put(outputDir.resolve(base + ".pdf"), pdf(t.apparatusTypes()).render(t.tei().tei(), base + ".tei.xml"));
      }
    }
    if (formats.html() && !texts.isEmpty()) {
      for (Map.Entry<String, byte[]> page : html().renderSite(texts.stream().map(Text::tei).toList()).entrySet()) {
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

  private PdfRenderer pdf(List<String> apparatusTypes) {
    return pdf.computeIfAbsent(apparatusTypes, PdfRenderer::new);
  }
}
