package org.recensio.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Exports a TEI edition as plain text in a {@link View}, with {@code xslt/export/export-text.xsl}.
 * Blocks (paragraphs, headings, notes, stage directions standing alone) are separated by one
 * blank line; the text ends with a newline. The stylesheet is compiled once, in the
 * constructor; an exporter is immutable and safe to share between threads.
 */
public final class TextExporter {
  static final String STYLESHEET = "/xslt/export/export-text.xsl";
  private static final QName VIEW_PARAM = new QName("view");
  private static final QName WITNESS_PARAM = new QName("witness");
  private static final char CARRIER = '\uFDD0';
  private static final Pattern CARRIED = Pattern.compile("\uFDD0([0-9A-F]{4,6})\uFDD0");

  private final Processor processor;
  private final XsltExecutable stylesheet;

  /** An exporter with its own Saxon processor. */
  public TextExporter() {
    this(new Processor(false));
  }

  /**
   * An exporter on the given processor; pass the processor that built the trees you will give
   * to {@link #export(XdmNode, View)}.
   *
   * @throws IllegalStateException if the stylesheet does not compile (with file:line:col)
   */
  public TextExporter(Processor processor) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.stylesheet = ClasspathStylesheets.compile(processor, STYLESHEET);
  }

  /** The text of the TEI file in the view. */
  public String export(Path tei, View view) throws IOException, RenderException {
    return export(Files.readAllBytes(tei), tei.toString(), view);
  }

  /**
   * The text of the TEI document in the view.
   *
   * @param name what error messages call the document (a file name)
   */
  public String export(byte[] tei, String name, View view) throws RenderException {
    Objects.requireNonNull(view, "view");
    return transform(TeiReader.read(processor, tei, name), name, view, "");
  }

  /**
   * The text of one witness of a TEI edition with a critical apparatus: at each variant place
   * that witness's reading (the lemma where it has none). In the diplomatic view, it reproduces
   * the witness's source (whitespace aside).
   */
  public String exportWitness(byte[] tei, String name, View view, String siglum) throws RenderException {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(siglum, "siglum");
    return transform(TeiReader.read(processor, tei, name), name, view, siglum);
  }

  /** The text of one witness of the TEI file (see {@link #exportWitness(byte[], String, View, String)}). */
  public String exportWitness(Path tei, View view, String siglum) throws IOException, RenderException {
    return exportWitness(Files.readAllBytes(tei), tei.toString(), view, siglum);
  }

  /** The text of a TEI document (or of a TEI element) already parsed by this exporter's processor. */
  public String export(XdmNode tei, View view) throws RenderException {
    Objects.requireNonNull(view, "view");
    if (tei.getUnderlyingNode().getConfiguration() != processor.getUnderlyingConfiguration()) {
      throw new IllegalArgumentException("the node was built by another Saxon processor;"
          + " construct the TextExporter with that processor");
    }
    String name = tei.getBaseURI() == null ? "<input>" : tei.getBaseURI().toString();
    return transform(tei, name, view, "");
  }

  private String transform(XdmNode tei, String name, View view, String witness) throws RenderException {
    Xslt30Transformer transformer = stylesheet.load30();
    transformer.setErrorReporter(error -> { }); // errors arrive as the exception below
    StringWriter out = new StringWriter();
    try {
      transformer.setStylesheetParameters(Map.of(VIEW_PARAM, new XdmAtomicValue(view.token()),
          WITNESS_PARAM, new XdmAtomicValue(witness)));
      transformer.applyTemplates(tei, transformer.newSerializer(out));
    } catch (SaxonApiException e) {
      throw SaxonErrors.transforming(e, tei, name);
    }
    return restoreCharacters(out.toString());
  }

  /**
   * The characters XML cannot hold, which the encoder writes as {@code g[@n='U+0001']} and the
   * stylesheet exports as the code point between two U+FDD0, put back (the encoder writes U+FDD0
   * itself the same way, so no other U+FDD0 reaches here).
   */
  static String restoreCharacters(String text) {
    if (text.indexOf(CARRIER) < 0) {
      return text;
    }
    Matcher m = CARRIED.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      int cp = Integer.parseInt(m.group(1), 16);
      m.appendReplacement(out, Matcher.quoteReplacement(Character.isValidCodePoint(cp) ? Character.toString(cp) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
