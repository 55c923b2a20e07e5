package org.recensio.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.NullDestination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Renders TEI editions as a static HTML site with {@code xslt/html/edition-html.xsl}: a folder
 * that works from a file:// URL or any static host, with no external resource. For each text
 * {@code <base>.html} (both views, notes, paragraph anchors) and {@code <base>-about.html};
 * for the edition {@code index.html}, {@code persons.html} (index of names), {@code search.html},
 * {@code assets/search-index.js}, and the static {@code assets/edition.css} and
 * {@code assets/edition.js}. The TEI and PDF files ({@code <base>.tei.xml}, {@code <base>.pdf})
 * are linked, not produced: the caller puts them next to the pages.
 *
 * <p>The stylesheet is compiled once, in the constructor; a renderer is immutable and safe to
 * share between threads. Output is deterministic: the same texts give the same bytes.
 */
public final class HtmlRenderer {
  static final String STYLESHEET = "/xslt/html/edition-html.xsl";
  /** Static files copied into the site, from the classpath folder xslt/html/. */
  static final List<String> ASSETS = List.of("assets/edition.css", "assets/edition.js");
  private static final Set<String> RESERVED = Set.of("index", "persons", "search", "assets");

  private final Processor processor;
  private final XsltExecutable stylesheet;
  private final Map<String, byte[]> assets;

  /** A renderer with its own Saxon processor. */
  public HtmlRenderer() {
    this(new Processor(false));
  }

  /**
   * A renderer on the given processor.
   *
   * @throws IllegalStateException if the stylesheet does not compile (with file:line:col) or
   *     an asset is missing from the classpath
   */
  public HtmlRenderer(Processor processor) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.stylesheet = ClasspathStylesheets.compile(processor, STYLESHEET);
    this.assets = loadAssets();
  }

  /**
   * The whole site for the texts, in the order the landing page lists them.
   *
   * @return relative path (with '/' separators) to the file's bytes, sorted by path
   * @throws RenderException if a text is not well-formed TEI or a stylesheet fails on it, with
   *     the file (the base name + ".tei.xml"), line and column
   * @throws IllegalArgumentException if there are no texts, or two share a base name, or a
   *     base name would collide with a page of the site
   */
  public Map<String, byte[]> renderSite(List<TeiDocument> texts) throws RenderException {
    List<TeiDocument> docs = checked(texts);
    Map<String, XdmNode> trees = new LinkedHashMap<>();
    for (TeiDocument doc : docs) {
      trees.put(doc.baseName(), TeiReader.read(processor, doc.tei(), doc.baseName() + ".tei.xml"));
    }
    Map<String, byte[]> site = new TreeMap<>();
    assets.forEach((path, bytes) -> site.put(path, bytes.clone()));
    for (Map.Entry<String, XdmNode> tree : trees.entrySet()) {
      site.putAll(renderText(tree.getKey(), tree.getValue()));
    }
    site.putAll(renderEditionPages(trees));
    return Collections.unmodifiableMap(site);
  }

  /**
   * The pages of one text: {@code <base>.html} and {@code <base>-about.html}, and for a text with
   * a critical apparatus {@code <base>-witnesses.html}.
   */
  Map<String, byte[]> renderText(String baseName, XdmNode tei) throws RenderException {
    String name = baseName + ".tei.xml";
    SiteOutput output = new SiteOutput(processor);
    Xslt30Transformer transformer = transformer(output);
    try {
      transformer.setStylesheetParameters(Map.of(new QName("base-name"), new XdmAtomicValue(baseName)));
      transformer.applyTemplates(tei, new NullDestination());
    } catch (SaxonApiException e) {
      throw SaxonErrors.transforming(e, tei, name);
    }
    return output.files();
  }

  /** The pages about all texts: landing page, index of names, search page and index. */
  private Map<String, byte[]> renderEditionPages(Map<String, XdmNode> trees) throws RenderException {
    SiteOutput output = new SiteOutput(processor);
    Xslt30Transformer transformer = transformer(output);
    List<XdmValue> names = new ArrayList<>();
    trees.keySet().forEach(base -> names.add(new XdmAtomicValue(base)));
    try {
      transformer.setStylesheetParameters(Map.of(
          new QName("texts"), sequence(new ArrayList<>(trees.values())),
          new QName("base-names"), sequence(names)));
      transformer.callTemplate(null, new NullDestination());
    } catch (SaxonApiException e) {
      XdmNode first = trees.values().iterator().next();
      throw SaxonErrors.transforming(e, first, trees.keySet().iterator().next() + ".tei.xml");
    }
    return output.files();
  }

  private Xslt30Transformer transformer(SiteOutput output) {
    Xslt30Transformer transformer = stylesheet.load30();
    transformer.setErrorReporter(error -> { }); // errors arrive as exceptions
    transformer.setMessageHandler(message -> { });
    transformer.setBaseOutputURI(SiteOutput.BASE.toString());
    transformer.setResultDocumentHandler(output::open);
    return transformer;
  }

  private static XdmValue sequence(List<? extends XdmValue> items) {
    XdmValue value = XdmEmptySequence.getInstance();
    for (XdmValue item : items) {
      value = value.append(item);
    }
    return value;
  }

  private static List<TeiDocument> checked(List<TeiDocument> texts) {
    List<TeiDocument> docs = List.copyOf(Objects.requireNonNull(texts, "texts"));
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no texts to render");
    }
    Set<String> seen = new HashSet<>();
    for (TeiDocument doc : docs) {
      String base = doc.baseName();
      if (!seen.add(base.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("two texts share the base name " + base);
      }
      if (RESERVED.contains(base.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("base name " + base + " is taken by a page of the site");
      }
    }
    for (TeiDocument doc : docs) {
      for (String page : List.of("-about", "-witnesses")) {
        String base = doc.baseName().toLowerCase(java.util.Locale.ROOT);
        if (base.endsWith(page) && seen.contains(base.substring(0, base.length() - page.length()))) {
          throw new IllegalArgumentException("base name " + doc.baseName() + " collides with the "
              + (page.equals("-about") ? "About" : "Witnesses") + " page of another text");
        }
      }
    }
    return docs;
  }

  private static Map<String, byte[]> loadAssets() {
    Map<String, byte[]> loaded = new TreeMap<>();
    for (String asset : ASSETS) {
      try (InputStream in = HtmlRenderer.class.getResourceAsStream("/xslt/html/" + asset)) {
        if (in == null) {
          throw new IllegalStateException("asset xslt/html/" + asset + " not found on the classpath");
        }
        loaded.put(asset, in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read asset xslt/html/" + asset, e);
      }
    }
    return Collections.unmodifiableMap(loaded);
  }
}
