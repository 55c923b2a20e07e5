package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/**
 * The print edition of the collated seed (issue 5, "PDF test: the apparatus lines appear on the
 * pages of their paragraphs"): every line of the apparatus criticus is printed, on a page where
 * its paragraph stands (FOP's layout, and the page's text as PDFBox reads it).
 */
class ApparatusPdfTest {
  private static final PdfRenderer RENDERER = PdfRendererTest.RENDERER;
  private static final XPathEngine XPATH = new JAXPXPathEngine();
  /** Each apparatus criticus line: paragraph id (x-p12) and its text. */
  private static final List<String[]> LINES = new ArrayList<>();
  private static Map<String, List<String>> pagesOf;
  private static List<String> pageTexts;
  private static int firstTextPage;

  @BeforeAll
  static void renderTheCollatedSeed() throws Exception {
    XPATH.setNamespaceContext(Map.of("fo", "http://www.w3.org/1999/XSL/Format"));
    byte[] tei = CollatedSeed.tei().tei();
    Source fo = Input.fromByteArray(RENDERER.fo(tei, "collated.tei.xml")).build();
    List<String> ids = new ArrayList<>();
    for (Node block : XPATH.selectNodes("//fo:block[starts-with(@id, 'criticus-')]", fo)) {
      String id = block.getAttributes().getNamedItem("id").getNodeValue();
      LINES.add(new String[] {id.substring("criticus-".length()), block.getTextContent()});
      ids.add(id);
      ids.add(id.substring("criticus-".length()));
    }
    ids.add("text-start");
    pagesOf = RENDERER.pagesOf(tei, "collated.tei.xml", ids);
    firstTextPage = Integer.parseInt(pagesOf.get("text-start").get(2));
    pageTexts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(RENDERER.render(tei, "collated.tei.xml"))) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pageTexts.add(squeeze(stripper.getText(doc)));
      }
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\p{Z}\\-\u00AD\u2010]", "");
  }

  @Test
  void theApparatusHasALineForEachParagraphWithPrintedVariants() {
    // the script's edits of the default types (substantive, transposition, omission, addition,
    // paragraphing) fall in at least 15 paragraphs of the seed; spelling and punctuation are left out
    assertTrue(LINES.size() >= 15, "apparatus lines: " + LINES.size());
    String all = String.join("\n", LINES.stream().map(l -> l[1]).toList());
    assertTrue(all.contains("question] problem B"), all);
    assertTrue(all.contains("om. C"), all);
    assertTrue(all.contains("add. undoubtedly"), all);
    assertTrue(all.contains("tr. B") || all.contains("tr. D"), all);
    assertTrue(!all.contains("exercized") && !all.contains("raize"), "no spelling variants by default: " + all);
  }

  @Test
  void everyApparatusLineIsOnAPageOfItsParagraph() {
    List<String> wrong = new ArrayList<>();
    for (String[] line : LINES) {
      List<String> paragraph = pagesOf.get(line[0]);
      List<String> entry = pagesOf.get("criticus-" + line[0]);
      assertTrue(paragraph != null && entry != null, line[0] + " was not laid out");
      int first = Integer.parseInt(paragraph.get(0));
      int last = Integer.parseInt(paragraph.get(1));
      int at = Integer.parseInt(entry.get(0));
      if (at < first || at > last) {
        wrong.add(line[0] + " on pages " + first + "-" + last + ", its apparatus on page " + at);
      }
      // and PDFBox finds the line on that page
      int ordinal = Integer.parseInt(entry.get(2));
      String page = pageTexts.get(ordinal);
      if (!page.contains(squeeze(line[1]))) {
        wrong.add(line[0] + ": \"" + line[1] + "\" is not in the text of page " + at + " (PDF page " + (ordinal + 1) + ")");
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(firstTextPage > 0);
  }
}
