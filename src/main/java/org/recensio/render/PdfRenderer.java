package org.recensio.render;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.IDTracker;
import org.apache.fop.area.PageViewport;
import org.apache.fop.fo.FOTreeBuilder;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The print edition: TEI to XSL-FO with {@code xslt/fo/edition-fo.xsl}, then to PDF with Apache
 * FOP. The book is laid out twice: the first layout finds the pages of the index's occurrences,
 * the second prints them. Fonts (DejaVu Serif) are embedded as subsets; FO validation is strict.
 *
 * <p>The output is reproducible: the same TEI gives the same bytes. The PDF's creation date is
 * {@code SOURCE_DATE_EPOCH} when set, else the TEI's {@code publicationStmt/date/@when}, else
 * 1970-01-01; the file identifier is a digest of the document ({@link ReproduciblePdf}).
 *
 * <p>The stylesheet is compiled and the FopFactory built once, in the constructor; a renderer
 * is immutable and safe to share between threads.
 */
public final class PdfRenderer {
  static final String STYLESHEET = "/xslt/fo/edition-fo.xsl";
  /** Error code of a document that FOP could not lay out. */
  static final String LAYOUT_ERROR = "PDF001";
  private static final QName PAGE_OF = new QName("page-of");
  private static final QName APPARATUS_TYPES = new QName("apparatus-types");
  /**
   * The types of variant the apparatus criticus prints unless told otherwise: all but
   * orthographic and punctuation variants (the stylesheet parameter's default).
   */
  public static final List<String> DEFAULT_APPARATUS_TYPES =
      List.of("substantive", "transposition", "omission", "addition", "paragraphing");
  private static final String INDEX_ID_PREFIX = "ix-";

  private final Processor processor;
  private final XsltExecutable stylesheet;
  private final XPathExecutable publicationDate;
  private final XPathExecutable indexIds;
  private final XPathExecutable footnoteIds;
  private final FopFactory fopFactory;
  private final Optional<Instant> sourceDateEpoch;
  private final List<String> apparatusTypes;

  /** A renderer with its own Saxon processor, honouring {@code SOURCE_DATE_EPOCH}. */
  public PdfRenderer() {
    this(new Processor(false), sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
  }

  /**
   * A renderer with its own Saxon processor, honouring {@code SOURCE_DATE_EPOCH}, whose apparatus
   * criticus prints the variants of these types ({@link #apparatusTypes(boolean, boolean)}).
   */
  public PdfRenderer(List<String> apparatusTypes) {
    this(new Processor(false), sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")), apparatusTypes);
  }

  /**
   * @param processor the Saxon processor to compile and run the stylesheet with
   * @param creationDate the PDF creation date to use for every document, or empty to take it
   *     from each TEI's publication date
   * @throws IllegalStateException if the stylesheet does not compile, or a font or the
   *     hyphenation patterns are not on the classpath
   */
  public PdfRenderer(Processor processor, Optional<Instant> creationDate) {
    this(processor, creationDate, DEFAULT_APPARATUS_TYPES);
  }

  /**
   * @param processor the Saxon processor to compile and run the stylesheet with
   * @param creationDate the PDF creation date to use for every document, or empty to take it
   *     from each TEI's publication date
   * @param apparatusTypes the types of variant (app/@type, rdg/@type: substantive, orthographic,
   *     punctuation, transposition, omission, addition, paragraphing) that the apparatus
   *     criticus prints; see {@link #apparatusTypes(boolean, boolean)}
   * @throws IllegalStateException if the stylesheet does not compile, or a font or the
   *     hyphenation patterns are not on the classpath
   */
  public PdfRenderer(Processor processor, Optional<Instant> creationDate, List<String> apparatusTypes) {
    this.apparatusTypes = List.copyOf(Objects.requireNonNull(apparatusTypes, "apparatusTypes"));
    this.processor = Objects.requireNonNull(processor, "processor");
    this.sourceDateEpoch = Objects.requireNonNull(creationDate, "creationDate");
    this.stylesheet = ClasspathStylesheets.compile(processor, STYLESHEET);
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("tei", org.recensio.xml.SecureXml.TEI_NS);
    this.publicationDate = compile(xpath,
        "(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/@when)[1]");
    this.indexIds = compile(xpath, "//@id[starts-with(., '" + INDEX_ID_PREFIX + "')]");
    xpath.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
    this.footnoteIds = compile(xpath, "//fo:footnote/fo:footnote-body/*[1]/@id");
    this.fopFactory = FopSetup.create();
  }

  /**
   * The types of variant the apparatus criticus prints for an edition's configuration
   * ({@code apparatus: {includeOrthographic, includePunctuation}}): the defaults, and
   * orthographic and punctuation variants if asked for.
   */
  public static List<String> apparatusTypes(boolean includeOrthographic, boolean includePunctuation) {
    List<String> types = new ArrayList<>(DEFAULT_APPARATUS_TYPES);
    if (includeOrthographic) {
      types.add("orthographic");
    }
    if (includePunctuation) {
      types.add("punctuation");
    }
    return List.copyOf(types);
  }

  /** The types of variant this renderer's apparatus criticus prints. */
  public List<String> apparatusTypes() {
    return apparatusTypes;
  }

  /**
   * The PDF of a TEI document.
   *
   * @param name what error messages call the document (a file name)
   * @throws RenderException if the TEI is not well-formed, not TEI, or cannot be laid out
   */
  public byte[] render(byte[] tei, String name) throws RenderException {
    XdmNode doc = TeiReader.read(processor, tei, name);
    Date created = Date.from(creationDate(doc));
    XdmNode fo = finalFo(doc, name, created);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    layOut(fo, name, created, pdf);
    return ReproduciblePdf.of(pdf.toByteArray());
  }

  /** The XSL-FO the PDF of a TEI document is made from (index page numbers included). */
  public byte[] fo(byte[] tei, String name) throws RenderException {
    XdmNode doc = TeiReader.read(processor, tei, name);
    XdmNode fo = finalFo(doc, name, Date.from(creationDate(doc)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      processor.writeXdmValue(fo, processor.newSerializer(out));
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot serialise FO", e);
    }
    return out.toByteArray();
  }

  /**
   * For tests: where the final layout of a TEI document puts the FO elements with these ids, as
   * (first page label, last page label, first page's ordinal); ids FOP did not meet are absent.
   */
  Map<String, List<String>> pagesOf(byte[] tei, String name, List<String> ids) throws RenderException {
    XdmNode doc = TeiReader.read(processor, tei, name);
    Date created = Date.from(creationDate(doc));
    return layOut(finalFo(doc, name, created), name, created, OutputStream.nullOutputStream(), ids);
  }

  /** Lays out ready-made XSL-FO, for tests of what FOP makes of a given FO. */
  void layOutFo(byte[] fo, String name) throws RenderException {
    XdmNode doc;
    try {
      doc = processor.newDocumentBuilder().build(
          new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(fo)));
    } catch (SaxonApiException e) {
      throw new IllegalArgumentException("not XML: " + name, e);
    }
    layOut(doc, name, Date.from(Instant.EPOCH), OutputStream.nullOutputStream());
  }

  private XdmNode finalFo(XdmNode doc, String name, Date created) throws RenderException {
    XdmNode draft = transform(doc, name, new XdmMap());
    List<String> ids = evaluate(indexIds, draft).stream().map(XdmItem::getStringValue).toList();
    if (ids.isEmpty()) {
      return draft;
    }
    Map<String, List<String>> pages = layOut(draft, name, created, OutputStream.nullOutputStream());
    XdmMap pageOf = new XdmMap();
    for (String id : ids) {
      List<String> where = pages.get(id);
      if (where != null) {
        pageOf = pageOf.put(new XdmAtomicValue(id),
            new XdmValue(where.stream().map(XdmAtomicValue::new).toList()));
      }
    }
    return transform(doc, name, pageOf);
  }

  private XdmNode transform(XdmNode doc, String name, XdmMap pageOf) throws RenderException {
    Xslt30Transformer transformer = stylesheet.load30();
    transformer.setErrorReporter(error -> { }); // errors arrive as the exception below
    XdmDestination result = new XdmDestination();
    try {
      transformer.setStylesheetParameters(Map.of(PAGE_OF, pageOf,
          APPARATUS_TYPES, new XdmValue(apparatusTypes.stream().map(XdmAtomicValue::new).toList())));
      transformer.applyTemplates(doc, result);
    } catch (SaxonApiException e) {
      throw SaxonErrors.transforming(e, doc, name);
    }
    return result.getXdmNode();
  }

  /**
   * Lays the FO out as PDF into {@code out}; returns, for each id FOP met, (first page label,
   * last page label, first page's ordinal).
   */
  private Map<String, List<String>> layOut(XdmNode fo, String name, Date created, OutputStream out)
      throws RenderException {
    return layOut(fo, name, created, out, evaluate(indexIds, fo).stream().map(XdmItem::getStringValue).toList());
  }

  private Map<String, List<String>> layOut(XdmNode fo, String name, Date created, OutputStream out,
      List<String> ids) throws RenderException {
    FopEvents events = new FopEvents();
    FOUserAgent agent = fopFactory.newFOUserAgent();
    agent.setCreationDate(created);
    agent.setCreator("Recensio");
    agent.getEventBroadcaster().addEventListener(events);
    DefaultHandler handler;
    try {
      Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
      handler = fop.getDefaultHandler();
      processor.writeXdmValue(fo, new SAXDestination(handler));
    } catch (FOPException | SaxonApiException | RuntimeException e) {
      throw new RenderException(name, -1, -1, LAYOUT_ERROR, "cannot lay out the print edition: "
          + String.join("; ", events.failures()) + (events.failures().isEmpty() ? "" : "; ")
          + e.getMessage(), e);
    }
    if (!events.failures().isEmpty()) {
      throw new RenderException(name, -1, -1, LAYOUT_ERROR,
          "cannot lay out the print edition: " + String.join("; ", events.failures()), null);
    }
    Optional<IDTracker> tracker = tracker(handler);
    if (tracker.isEmpty()) {
      return Map.of();
    }
    List<String> lost = new ArrayList<>();
    for (XdmItem id : evaluate(footnoteIds, fo)) {
      if (tracker.get().getFirstPageViewportContaining(id.getStringValue()) == null) {
        lost.add(id.getStringValue());
      }
    }
    if (!lost.isEmpty()) {
      // FOP drops a footnote without a word when its citation gives it no box to hang on
      throw new RenderException(name, -1, -1, LAYOUT_ERROR,
          "cannot lay out the print edition: FOP dropped the footnotes " + String.join(", ", lost), null);
    }
    return pages(tracker.get(), ids);
  }

  private static Optional<IDTracker> tracker(DefaultHandler handler) {
    return handler instanceof FOTreeBuilder builder
        && builder.getEventHandler() instanceof AreaTreeHandler areas
        ? Optional.of(areas.getIDTracker()) : Optional.empty();
  }

  private static Map<String, List<String>> pages(IDTracker tracker, List<String> ids) {
    Map<String, List<String>> pages = new LinkedHashMap<>();
    for (String id : ids) {
      PageViewport first = tracker.getFirstPageViewportContaining(id);
      PageViewport last = tracker.getLastPageViewportContaining(id);
      if (first != null && last != null) {
        pages.put(id, List.of(first.getPageNumberString(),
            last.getPageNumberString(), Integer.toString(first.getPageIndex())));
      }
    }
    return pages;
  }

  /** SOURCE_DATE_EPOCH if set, else the TEI's publication date, else 1970-01-01. */
  Instant creationDate(XdmNode doc) throws RenderException {
    if (sourceDateEpoch.isPresent()) {
      return sourceDateEpoch.get();
    }
    List<XdmItem> when = evaluate(publicationDate, doc);
    return when.isEmpty() ? Instant.EPOCH : parseDate(when.get(0).getStringValue()).orElse(Instant.EPOCH);
  }

  /** An xs:date, xs:dateTime, xs:gYearMonth or xs:gYear as an instant (UTC midnight). */
  static Optional<Instant> parseDate(String when) {
    String s = when.strip();
    try {
      if (s.matches("\\d{4}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return Optional.of(LocalDate.parse(s + "-01").atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The instant a SOURCE_DATE_EPOCH value (seconds since 1970) names, if it is one. */
  static Optional<Instant> sourceDateEpoch(String value) {
    if (value == null || !value.strip().matches("\\d{1,12}")) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
  }

  private static XPathExecutable compile(XPathCompiler xpath, String expression) {
    try {
      return xpath.compile(expression);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("bad XPath " + expression, e);
    }
  }

  private static List<XdmItem> evaluate(XPathExecutable xpath, XdmNode context) throws RenderException {
    try {
      var selector = xpath.load();
      selector.setContextItem(context);
      List<XdmItem> items = new ArrayList<>();
      selector.evaluate().forEach(items::add);
      return items;
    } catch (SaxonApiException e) {
      throw new RenderException(null, -1, -1, null, e.getMessage(), e);
    }
  }
}
