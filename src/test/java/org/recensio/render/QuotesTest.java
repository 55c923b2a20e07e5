package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** quotes.xsl on xslt/html/quotes.tei.xml. */
class QuotesTest {
  private static final String PAGE = "quotes.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("quotes");
  }

  @Test
  void quotationsAreStyledByKindWithTheRecordedMarks() {
    assertEquals("“we shall win”", site.seen(PAGE, "//h:q[@class='q']", "reading"));
    assertEquals("it is done", site.seen(PAGE, "//h:p[@id='p1']/h:q[@class='quote']", "reading"));
    assertEquals("“freedom”", site.seen(PAGE, "//h:span[@class='socalled']", "reading"));
  }

  @Test
  void inlineCitationKeepsQuotationAndSourceApart() {
    assertEquals("all power Marx, Capital", site.seen(PAGE, "//h:span[@class='cit']", "reading"));
    assertEquals("Capital", site.normalized(PAGE, "//h:span[@class='cit']/h:cite[@class='bibl']/h:cite"));
  }

  @Test
  void blockQuotationOpensInItsFirstParagraphAndClosesInItsLast() {
    String quote = "//h:div[contains(@class,'div-speech')]/h:blockquote[@class='quote']";
    assertEquals(2, site.count(PAGE, quote + "/h:p"));
    assertEquals("“A whole quoted paragraph.", site.seen(PAGE, quote + "/h:p[1]", "reading"));
    assertEquals("And a second one.”", site.seen(PAGE, quote + "/h:p[2]", "reading"));
    assertEquals("p2", site.string(PAGE, quote + "/h:p[1]/@id"));
  }

  @Test
  void blockCitationIsAFigureWithItsSourceAsCaption() {
    assertEquals("A cited paragraph.", site.normalized(PAGE, "//h:figure[@class='cit']/h:blockquote/h:p"));
    assertEquals("Pravda, No. 3", site.normalized(PAGE, "//h:figure[@class='cit']/h:figcaption"));
  }
}
