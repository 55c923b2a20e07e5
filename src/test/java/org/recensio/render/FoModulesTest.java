package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** One test per module of xslt/fo/, each on a small TEI fragment in src/test/resources/xslt/fo/. */
class FoModulesTest {
  private static final PdfRenderer RENDERER = PdfRendererTest.RENDERER;
  private static final XPathEngine XPATH = new JAXPXPathEngine();

  static {
    XPATH.setNamespaceContext(Map.of(
        "fo", "http://www.w3.org/1999/XSL/Format",
        "dc", "http://purl.org/dc/elements/1.1/"));
  }

  private static Source fo(String fragment) throws IOException, RenderException {
    return Input.fromByteArray(RENDERER.fo(tei(fragment), fragment)).build();
  }

  private static byte[] tei(String fragment) throws IOException {
    try (InputStream in = FoModulesTest.class.getResourceAsStream("/xslt/fo/" + fragment)) {
      return in.readAllBytes();
    }
  }

  /** The text of the fragment's PDF, without whitespace and hyphens (hyphenation moves them). */
  private static String pdfText(String fragment) throws IOException, RenderException {
    try (PDDocument doc = Loader.loadPDF(RENDERER.render(tei(fragment), fragment))) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\\p{Z}\\-\u00AD\u2010]", "");
    }
  }

  private static String text(Source fo, String xpath) {
    return XPATH.evaluate("normalize-space(" + xpath + ")", fo);
  }

  private static int count(Source fo, String xpath) {
    return Integer.parseInt(XPATH.evaluate("count(" + xpath + ")", fo));
  }

  @Test
  void pageLayoutGivesMirroredPagesRunningHeadsAndAFootnoteRule() throws Exception {
    Source fo = fo("speech.tei.xml");
    assertEquals(4, count(fo, "//fo:simple-page-master"));
    assertEquals("A. N. Author", text(fo, "//fo:page-sequence[@id='text']/fo:static-content[@flow-name='verso-head']"));
    assertEquals("A Short Speech", text(fo, "//fo:page-sequence[@id='text']/fo:static-content[@flow-name='recto-head']"));
    assertEquals(1, count(fo, "//fo:page-sequence[@id='text']/fo:static-content[@flow-name='xsl-footnote-separator']//fo:leader"));
    assertEquals("en", XPATH.evaluate("/fo:root/@xml:lang", fo));
  }

  @Test
  void metadataNamesTitleAuthorAndLanguage() throws Exception {
    Source fo = fo("speech.tei.xml");
    assertEquals("A Short Speech", text(fo, "//dc:title"));
    assertEquals("A. N. Author", text(fo, "//dc:creator"));
    assertEquals("en", text(fo, "//dc:language"));
  }

  @Test
  void frontGivesTitlePageSourceAndPrinciples() throws Exception {
    Source fo = fo("speech.tei.xml");
    assertEquals("A Short Speech", text(fo, "//fo:page-sequence[@id='title-page']//fo:block[@font-size='20pt']"));
    String principles = text(fo, "//fo:page-sequence[@id='principles']/fo:flow");
    assertTrue(principles.contains("A. N. Author, Works, 1921."), principles);
    assertTrue(principles.contains("First printed 1921."), principles);
    assertTrue(principles.contains("Correction. Misprints corrected."), principles);
    assertTrue(principles.contains("[…] marks text lost in the source"), principles);
  }

  @Test
  void tocListsSectionsAndEmbeddedDocumentsInContentsAndBookmarks() throws Exception {
    Source fo = fo("speech.tei.xml");
    assertEquals("The First Question", text(fo, "//fo:bookmark[fo:bookmark-title='A Short Speech']/fo:bookmark[1]/fo:bookmark-title"));
    assertEquals("Theses", text(fo, "//fo:bookmark[fo:bookmark-title='A Short Speech']/fo:bookmark[2]/fo:bookmark-title"));
    assertEquals(1, count(fo, "//fo:page-sequence[@id='contents']//fo:basic-link[contains(., 'The First Question')]/fo:page-number-citation"));
  }

  @Test
  void speechNumbersParagraphsInTheMarginAndIndentsEmbeddedDocuments() throws Exception {
    Source fo = fo("speech.tei.xml");
    assertEquals("12", text(fo, "//fo:list-block[@id='x-p12']/fo:list-item/fo:list-item-label"));
    assertEquals("Twelfth paragraph.", text(fo, "//fo:list-block[@id='x-p12']/fo:list-item/fo:list-item-body"));
    assertEquals("8mm", XPATH.evaluate("//fo:block[fo:block/fo:block='Theses']/@start-indent", fo));
    assertEquals("14", text(fo, "//fo:list-block[@id='x-p14']//fo:list-item-label"));
    assertEquals("The First Question", text(fo, "//fo:block[@keep-with-next.within-page='always'][@font-size='11pt']"));
    assertEquals(1, count(fo, "//fo:block[@start-indent='6mm'][normalize-space()='[…]']"));
  }

  @Test
  void inlineSetsReactionsApartInTheirDelimitersAndJoinsWeakHyphens() throws Exception {
    Source fo = fo("inline.tei.xml");
    String p = text(fo, "//fo:list-block[@id='x-p1']//fo:list-item-body");
    assertTrue(p.startsWith("We won. (Applause) [Берг: “Not true!”] The “buffer” organisation failed[…]"), p);
    assertEquals("(Applause)", text(fo, "(//fo:list-block[@id='x-p1']//fo:inline[@font-style='italic'])[1]"));
    assertEquals("Берг", text(fo, "(//fo:list-block[@id='x-p1']//fo:inline[@font-style='italic'])[2]/fo:inline[@font-style='normal']"));
  }

  @Test
  void notesAreFootnotesAtTheirMarkersNumberedAsInTheSource() throws Exception {
    Source fo = fo("notes.tei.xml");
    assertEquals("[1]", text(fo, "//fo:page-sequence[@id='text']//fo:footnote[1]/fo:inline"));
    assertEquals("[1] Title note.", text(fo, "//fo:page-sequence[@id='text']//fo:footnote[1]/fo:footnote-body"));
    assertEquals("[4b] See also [5].", text(fo, "//fo:footnote[fo:inline='[4b]']/fo:footnote-body"));
    // a note called only from a note follows that note's footnote, with an invisible marker
    assertEquals("[5] Called from a note.",
        text(fo, "//fo:footnote[fo:inline='[4b]']/following-sibling::fo:footnote[1][fo:inline/fo:character/@character='\u2060']/fo:footnote-body"));
    assertEquals(0, count(fo, "//fo:footnote-body//fo:footnote"));
    assertTrue(text(fo, "//fo:block[@id='other-notes']").contains("[6] Nobody calls me."));
  }

  @Test
  void apparatusKeysEmendationsByParagraphNumber() throws Exception {
    Source fo = fo("notes.tei.xml");
    assertEquals("12\u2002Central] Centrai; today] to-day",
        text(fo, "//fo:list-block[@id='x-p12']//fo:footnote[fo:inline/fo:character/@character='\u2060']/fo:footnote-body"));
    String pdf = pdfText("notes.tei.xml");
    assertTrue(pdf.contains("12Central]Centrai;today]today"), pdf);
    assertTrue(pdf.contains("[5]Calledfromanote."), pdf);
    // the text prints the correction; the source's form is only in the apparatus
    String p = text(fo, "//fo:list-block[@id='x-p12']//fo:list-item-body/fo:block");
    assertTrue(p.startsWith("The Central") && p.indexOf("Centrai") > p.indexOf("]"), p);
  }

  /**
   * FOP 2.10 fails with a NullPointerException ("prevLM" is null, in
   * InlineStackingLayoutManager.getChangedKnuthElements) when it hyphenates a word of an
   * fo:inline that holds an fo:inline laying out to nothing but carrying an id or serving as a
   * footnote's citation. The seed failed with PDF001 on its "(applause, laughter)", a stage
   * direction holding a regularisation whose apparatus footnote had an empty citation. Each
   * paragraph of the fragment alone reproduced it. Such inlines now hold an fo:character U+2060
   * (word joiner); the same character as text would make FOP drop the footnote, so the PDF's
   * text is checked too.
   */
  @Test
  void footnotesWithoutAMarkAndEmptyNamesInsideInlinesSurviveHyphenation() throws Exception {
    Source fo = fo("hyphenation.tei.xml");
    assertEquals(0, count(fo, "//fo:inline[not(node())][@id or parent::fo:footnote]"));
    assertEquals(0, count(fo, "//fo:inline[@id or parent::fo:footnote][not(normalize-space() or *)]"));
    // the apparatus entry of p1, inside the stage direction; note [2], inside the quotation
    assertEquals(1, count(fo, "//fo:list-block[@id='x-p1']//fo:inline[@font-style='italic']"
        + "/fo:footnote[fo:inline/fo:character/@character='\u2060'][contains(fo:footnote-body, 'laughter]')]"));
    assertEquals(1, count(fo, "//fo:list-block[@id='x-p2']//fo:inline[starts-with(@id, 'ix-')]"
        + "/fo:footnote[fo:inline/fo:character/@character='\u2060'][contains(fo:footnote-body, 'Called from a note.')]"));
    assertEquals("\u2060", XPATH.evaluate("//fo:list-block[@id='x-p3']//fo:inline[@font-style='italic']"
        + "//fo:inline[starts-with(@id, 'ix-')][not(text())]/fo:character/@character", fo));

    String text = assertDoesNotThrow(() -> pdfText("hyphenation.tei.xml"));
    assertTrue(text.contains("(prolongedapplause,laughter)butraisesahowl"), text);
    assertTrue(text.contains("“Unquestionably,theresolution[1]circumstances”"), text);
    assertTrue(text.contains("[considerablecommotion]"), text);
    assertTrue(text.contains("1laughter]laugbter"), text);
    assertTrue(text.contains("[2]Calledfromanote."), text);
  }

  @Test
  void indexListsPersonsByTheHeaderName() throws Exception {
    Source fo = fo("inline.tei.xml");
    assertEquals(2, count(fo, "//fo:page-sequence[@id='index-pages']//fo:block[@text-indent='-6mm']"));
    String index = text(fo, "//fo:page-sequence[@id='index-pages']/fo:flow");
    String spaced = index.replaceAll("\\p{Z}", " ");
    assertTrue(spaced.contains("Author, A. N. 1"), index);
    assertTrue(spaced.contains("Берг 1"), index);
  }

  @Test
  void handEditedTeiGivesAnInlineNoteAListAndHighlighting() throws Exception {
    Source fo = fo("hand-edited.tei.xml");
    assertEquals("[a]An inline remark.", text(fo, "//fo:footnote[fo:inline='[a]']/fo:footnote-body"));
    assertEquals("stressed", text(fo, "//fo:list-block[@id='x-p1']//fo:inline[@font-style='italic']"));
    assertEquals("bold", text(fo, "//fo:list-block[@id='x-p1']//fo:inline[@font-weight='bold']"));
    assertEquals("(b)", text(fo, "//fo:list-item[2]/fo:list-item-label"));
    assertEquals("second point", text(fo, "//fo:list-item[2]/fo:list-item-body"));
  }

  // ---- apparatus-criticus.xsl (issue 5) ----

  private static final String CRITICUS = "apparatus-criticus.tei.xml";

  /** The apparatus criticus line of a paragraph, en spaces as spaces. */
  private static String criticus(Source fo, String paragraph) {
    return text(fo, "//fo:block[@id='criticus-x-" + paragraph + "']").replace('\u2002', ' ');
  }

  @Test
  void apparatusCriticusGivesEachParagraphsVariantsInTheUsualForm() throws Exception {
    Source fo = fo(CRITICUS);
    assertEquals("1 question] problem B | very] om. C | simple.] ¶ B | have] add. undoubtedly D",
        criticus(fo, "p1"));
    // a two-word transposition is "tr."; a lemma from another witness than the copy text names
    // its sigla; the punctuation and spelling variants of p2 are left out by default
    assertEquals("2 produced coalescence] tr. C | whole B D] entire A; united C", criticus(fo, "p2"));
    assertEquals("3 Comrade Trotsky said] Trotsky wrote D", criticus(fo, "p3"));
    assertEquals("om.", text(fo, "//fo:block[@id='criticus-x-p1']/fo:inline[@font-style='italic'][1]"));
    // the text prints the lemma, never a reading
    StringBuilder p2 = new StringBuilder();
    XPATH.selectNodes("//fo:list-block[@id='x-p2']//fo:list-item-body//text()[not(ancestor::fo:footnote-body)]", fo)
        .forEach(n -> p2.append(n.getNodeValue()));
    assertEquals("The unions produced coalescence of the whole apparatus, and organised it.", p2.toString());
    assertFalse(text(fo, "//fo:list-block[@id='x-p1']//fo:list-item-body/fo:block/text()[contains(., 'problem')]").length() > 0);
  }

  @Test
  void apparatusCriticusStandsAboveTheEmendationsInOneFootnoteCitedByNothingVisible() throws Exception {
    Source fo = fo(CRITICUS);
    // paragraph 3 has a variant and an emendation: one footnote, the variants first
    String footnote = "//fo:footnote[fo:footnote-body/fo:block[@id='criticus-x-p3']]";
    assertEquals(1, count(fo, footnote));
    assertEquals("criticus-x-p3", XPATH.evaluate(footnote + "/fo:footnote-body/fo:block[1]/@id", fo));
    assertEquals("apparatus-x-p3", XPATH.evaluate(footnote + "/fo:footnote-body/fo:block[2]/@id", fo));
    assertEquals("3 Central] Centrai", text(fo, "//fo:block[@id='apparatus-x-p3']").replace('\u2002', ' '));
    // the citation is the invisible word joiner, never an empty inline (FOP, see inline.xsl)
    assertEquals(3, count(fo, "//fo:footnote[fo:footnote-body/fo:block[starts-with(@id, 'criticus-')]]"
        + "/fo:inline[not(text())][fo:character[@character='\u2060']]"));
    // a variant inside a note: at the end of its footnote
    assertEquals("[1] The decision of December 1920.Variants: December] November D",
        text(fo, "//fo:list-block[@id='x-n1']"));
  }

  @Test
  void apparatusCriticusPrintsSpellingAndPunctuationWhenConfigured() throws Exception {
    PdfRenderer all = new PdfRenderer(new net.sf.saxon.s9api.Processor(false), java.util.Optional.empty(),
        PdfRenderer.apparatusTypes(true, true));
    Source fo = Input.fromByteArray(all.fo(tei(CRITICUS), CRITICUS)).build();
    assertEquals("2 produced coalescence] tr. C | whole B D] entire A; united C | ,] ; B | organised] organized B",
        criticus(fo, "p2"));
    String principles = text(fo, "//fo:page-sequence[@id='principles']/fo:flow");
    assertFalse(principles.contains("are not listed"), principles);
    assertEquals(List.of("substantive", "transposition", "omission", "addition", "paragraphing", "punctuation"),
        PdfRenderer.apparatusTypes(false, true));
  }

  @Test
  void frontMatterListsTheWitnessesWithTheirSigla() throws Exception {
    String principles = text(fo(CRITICUS), "//fo:page-sequence[@id='principles']/fo:flow").replace('\u2002', ' ');
    assertTrue(principles.contains("WitnessesA Pamphlet of 1921: the copy text. Moscow: State Publishers, 1921,"
        + " pp. 3-40 (copy text)B Newspaper text. Pravda, no. 1, 1 January 1921C Verbatim report"), principles);
    assertTrue(principles.contains("Differences of spelling and punctuation alone are not listed."), principles);
  }

  @Test
  void apparatusCriticusIsPrintedAtTheFootOfThePage() throws Exception {
    String text = assertDoesNotThrow(() -> pdfText(CRITICUS));
    assertTrue(text.contains("1question]problemB|very]om.C|simple.]¶B|have]add.undoubtedlyD"), text);
    assertTrue(text.contains("3ComradeTrotskysaid]TrotskywroteD3Central]Centrai"), text);
    assertTrue(text.contains("Variants:December]NovemberD"), text);
  }

  /** Issue 5: "A single-witness edition builds exactly as before". */
  @Test
  void aTextWithoutApparatusGivesTheSameFoAsBefore() throws Exception {
    net.sf.saxon.s9api.Processor processor = new net.sf.saxon.s9api.Processor(false);
    var transformer = ClasspathStylesheets.compile(processor, PdfRenderer.STYLESHEET).load30();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    transformer.applyTemplates(new javax.xml.transform.stream.StreamSource(
        new java.io.ByteArrayInputStream(tei("hand-edited.tei.xml")), "hand-edited.tei.xml"),
        transformer.newSerializer(out));
    try (InputStream golden = FoModulesTest.class.getResourceAsStream("/xslt/fo/single-witness/hand-edited.fo")) {
      assertEquals(new String(golden.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
