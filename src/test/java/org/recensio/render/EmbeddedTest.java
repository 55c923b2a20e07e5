package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** embedded.xsl on xslt/html/embedded.tei.xml. */
class EmbeddedTest {
  private static final String PAGE = "embedded.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("embedded");
  }

  @Test
  void embeddedDocumentIsASectionWithItsOwnHeading() {
    String doc = "//h:section[@id='doc1']";
    assertEquals("embedded embedded-theses", site.string(PAGE, doc + "/@class"));
    assertEquals("doc1-h", site.string(PAGE, doc + "/@aria-labelledby"));
    assertEquals("The Tasks of the Trade Unions in Production", site.normalized(PAGE, doc + "/h:h2[@id='doc1-h']"));
  }

  @Test
  void unitsAreNumberedAnchorsAndTheirParagraphsKeepTheTextsNumbering() {
    assertEquals(2, site.count(PAGE, "//h:section[@id='doc1']/h:div[@class='unit']"));
    assertEquals("2", site.string(PAGE, "//h:div[@id='doc1-unit-2']/@data-n"));
    assertEquals(2, site.count(PAGE, "//h:div[@id='doc1-unit-2']/h:p[contains(@class,'numbered')]"));
    assertEquals("1. Immediately after the October Revolution.", site.seen(PAGE, "//h:p[@id='p2']", "reading"));
  }

  @Test
  void documentWithoutAHeadingStillHasOne() {
    assertEquals("Embedded document", site.normalized(PAGE, "//h:section[@id='doc2']/h:h2"));
  }
}
