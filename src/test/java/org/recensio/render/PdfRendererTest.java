package org.recensio.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recensio.pipeline.BuildSettings;
import org.recensio.pipeline.EditionBuilder;

/** The print edition of the seed text and of the corpus, read back with PDFBox. */
class PdfRendererTest {
  static final PdfRenderer RENDERER = new PdfRenderer(new Processor(false), Optional.empty());
  private static final Path SEED = Path.of("seeds/lenin-1920-12-30-trade-unions.txt");

  private static byte[] seedTei;
  private static byte[] seedPdf;
  private static List<String> pages;

  @BeforeAll
  static void renderSeed(@TempDir Path out) throws Exception {
    EditionBuilder.Outcome outcome = new EditionBuilder((name, tei) -> List.of())
        .build(SEED, new BuildSettings(out, Optional.empty(), Optional.empty(), BuildSettings.DEFAULT_MAX_BYTES));
    seedTei = Files.readAllBytes(outcome.tei());
    seedPdf = RENDERER.render(seedTei, "seed.tei.xml");
    pages = pageTexts(seedPdf);
  }

  /** The text of each page, with whitespace and hyphens removed (hyphenation moves them). */
  private static List<String> pageTexts(byte[] pdf) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        texts.add(squeeze(stripper.getText(doc)));
      }
    }
    return texts;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\p{Z}\\-\u00AD\u2010]", "");
  }

  private static List<String> evaluate(String xpath) throws Exception {
    Processor processor = new Processor(false);
    XPathCompiler compiler = processor.newXPathCompiler();
    compiler.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    XdmNode doc = TeiReader.read(processor, seedTei, "seed");
    List<String> out = new ArrayList<>();
    for (XdmItem item : compiler.evaluate(xpath, doc)) {
      out.add(item.getStringValue());
    }
    return out;
  }

  /** The first n words of a text, squeezed. */
  private static String opening(String text, int n) {
    String[] words = text.strip().split("\\s+");
    return squeeze(String.join(" ", List.of(words).subList(0, Math.min(n, words.length))));
  }

  /** Quotation marks and brackets: the PDF prints those recorded on @rend, which the TEI's text lacks. */
  private static final String DELIMITERS = "[\"“”‘’„«»()\\[\\]]";

  private static int pageOf(String squeezed) {
    String bare = squeezed.replaceAll(DELIMITERS, "");
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).replaceAll(DELIMITERS, "").contains(bare)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyBodyParagraphOfTheSeedIsPrinted() throws Exception {
    List<String> paragraphs = evaluate("//body//p[not(ancestor::note)]/normalize-space(string-join(node()[not(self::label)]))");
    assertTrue(paragraphs.size() > 60, "paragraphs: " + paragraphs.size());
    for (String p : paragraphs) {
      assertTrue(pageOf(opening(p, 6)) >= 0, "not in the PDF: " + p);
    }
  }

  @Test
  void everyNoteOfTheSeedIsOnThePageOfItsMarkerOrTheNext() throws Exception {
    List<String> ids = evaluate("//back//note/@n/string()");
    assertEquals(13, ids.size());
    for (String n : ids) {
      String note = evaluate("//back//note[@n='" + n + "']/normalize-space(string-join(p[1]/node()[not(self::label)]))").get(0);
      int page = pageOf(opening(note, 8));
      assertTrue(page >= 0, "note " + n + " not in the PDF: " + note);
      String marker = "[" + n + "]";
      // FOP defers a footnote that no longer fits on its marker's page to the next one (the
      // seed's note 9, after the long note 8): the label is on the marker's page or the next
      int markers = markers(pages.get(page), marker)
          + (page > 0 && markers(pages.get(page), marker) < 2 ? markers(pages.get(page - 1), marker) : 0);
      assertTrue(markers >= 2, "note " + n + ": its label should be on its marker's page or the next, page " + (page + 1));
    }
  }

  private static int markers(String page, String marker) {
    return page.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
  }

  @Test
  void fontsAreEmbedded() throws Exception {
    try (PDDocument doc = Loader.loadPDF(seedPdf)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
          fonts++;
        }
      }
      assertTrue(fonts > 0);
    }
  }

  @Test
  void pageCountAndIndexAreSane() throws Exception {
    assertTrue(pages.size() >= 20 && pages.size() <= 60, "pages: " + pages.size());
    String last = pages.get(pages.size() - 1);
    assertTrue(last.contains("INDEXOFPERSONS") || last.contains("Indexofpersons"), last);
    // his speech, as a range of pages (it starts on page 2 when note [1] fills page 1)
    assertTrue(last.matches(".*Lenin,V\\.I\\.[\\d,–]*?\\d+–\\d+.*"), last);
  }

  @Test
  void metadataNamesTitleAuthorAndLanguage() throws Exception {
    try (PDDocument doc = Loader.loadPDF(seedPdf)) {
      assertEquals("The Trade Unions, The Present Situation And Trotsky’s Mistakes",
          doc.getDocumentInformation().getTitle());
      assertEquals("V. I. Lenin", doc.getDocumentInformation().getAuthor());
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), UTF_8);
      assertTrue(xmp.contains("<dc:language>") && xmp.contains(">en<"), xmp);
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext());
    }
  }

  @Test
  void theSameTeiGivesTheSameBytes() throws Exception {
    assertArrayEquals(seedPdf, RENDERER.render(seedTei, "seed.tei.xml"));
  }

  @Test
  void creationDateComesFromSourceDateEpochElseThePublicationDate() throws Exception {
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), PdfRenderer.parseDate("2026-01-01"));
    assertEquals(Optional.of(Instant.parse("1921-01-01T00:00:00Z")), PdfRenderer.parseDate("1921"));
    assertEquals(Optional.empty(), PdfRenderer.parseDate("undated"));
    assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), PdfRenderer.sourceDateEpoch("1700000000"));
    assertEquals(Optional.empty(), PdfRenderer.sourceDateEpoch("yesterday"));
  }

  static Stream<Path> corpus() throws IOException {
    return Stream.concat(Files.list(Path.of("src/test/resources/corpus")).filter(p -> p.toString().endsWith(".tei.xml")),
        Stream.of(Path.of("src/test/resources/schema-cases/valid/every-construct.tei.xml"),
            Path.of("src/test/resources/schema-cases/valid/sample-speech.tei.xml"))).sorted();
  }

  /** FOP validates the FO strictly and fails on a missing glyph: rendering succeeds only if both hold. */
  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusTextRendersWithStrictValidation(Path tei) throws Exception {
    byte[] pdf = RENDERER.render(Files.readAllBytes(tei), tei.toString());
    assertTrue(new String(pdf, 0, 8, UTF_8).startsWith("%PDF-1."));
  }

  private static byte[] resource(String path) throws IOException {
    try (var in = PdfRendererTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  /** A FOP failure is a PDF001 error naming FOP's own message, never a silent or partial PDF. */
  @Test
  void fopsHyphenationFailureIsReportedAsALayoutError() throws Exception {
    RenderException e = assertThrows(RenderException.class, () -> RENDERER.layOutFo(
        resource("/xslt/fo/fop-empty-citation-in-inline.fo"), "fop-empty-citation-in-inline.fo"));
    assertEquals(PdfRenderer.LAYOUT_ERROR, e.code());
    assertTrue(e.getMessage().contains("prevLM"), e.getMessage());
  }

  /** A footnote FOP drops without a word is a PDF001 error too. */
  @Test
  void aFootnoteFopDropsIsReportedAsALayoutError() throws Exception {
    RenderException e = assertThrows(RenderException.class, () -> RENDERER.layOutFo(
        resource("/xslt/fo/fop-text-citation-lost.fo"), "fop-text-citation-lost.fo"));
    assertEquals(PdfRenderer.LAYOUT_ERROR, e.code());
    assertTrue(e.getMessage().endsWith("FOP dropped the footnotes lost"), e.getMessage());
  }

  @Test
  void inputThatIsNotTeiIsRefusedWithItsCode() {
    RenderException e = assertThrows(RenderException.class,
        () -> RENDERER.render("<html/>".getBytes(UTF_8), "page.html"));
    assertEquals("EXP002", e.code());
    assertFalse(e.getMessage().isEmpty());
  }
}
