package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * phrases.xsl on xslt/html/hand-edited.tei.xml: elements the builder does not write (an inline
 * note, lists, hi, a table, an unknown element) render sensibly and never vanish.
 */
class PhrasesTest {
  private static final String PAGE = "hand-edited.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("hand-edited");
  }

  @Test
  void hiBecomesTheMatchingHtmlElement() {
    assertEquals("slanted", site.string(PAGE, "//h:p[@id='p1']/h:i[@class='hi hi-italic']"));
    assertEquals("heavy", site.string(PAGE, "//h:p[@id='p1']/h:b"));
    assertEquals("small", site.string(PAGE, "//h:span[@class='hi hi-smallcaps']"));
    assertEquals("de", site.string(PAGE, "//h:i[@class='foreign']/@lang"));
  }

  @Test
  void inlineNoteIsAMarkerInPlaceAndAnEntryInTheNotes() {
    assertTrue(site.exists(PAGE, "//h:p[@id='p1']/h:a[@class='noteref'][@href='#note-1']"));
    assertEquals("style", site.string(PAGE, "//h:li[@id='note-1']//h:i"));
  }

  @Test
  void paragraphHoldingAListBecomesADivWithTheList() {
    assertEquals(2, site.count(PAGE, "//h:div[@id='p2']/h:ol/h:li"));
    assertEquals("Three demands: the eight-hour day; the minimum wage; and no more.",
        site.seen(PAGE, "//h:div[@id='p2']", "reading"));
  }

  @Test
  void listsTablesVerseAndUnknownElementsKeepTheirText() {
    assertEquals("Delegates", site.normalized(PAGE, "//h:p[@class='list-head']"));
    assertEquals(2, site.count(PAGE, "//h:ul[@class='list']/h:li"));
    assertEquals("A.", site.string(PAGE, "//h:dl/h:dt[1]"));
    assertEquals("Votes", site.string(PAGE, "//h:table/h:caption"));
    assertEquals(2, site.count(PAGE, "//h:div[@class='lg']/h:span[@class='l']"));
    assertEquals("unknown element", site.string(PAGE, "//h:span[@class='tei-seg']"));
  }
}
