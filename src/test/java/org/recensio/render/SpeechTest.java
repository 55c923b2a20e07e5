package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** speech.xsl on xslt/html/speech.tei.xml. */
class SpeechTest {
  private static final String PAGE = "speech.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("speech");
  }

  @Test
  void paragraphKeepsItsTeiIdAsAnchorWithItsNumberAndACiteLinkInTheMargin() {
    String p = "//h:p[@id='p12']";
    assertEquals("12", site.string(PAGE, p + "/h:span[@class='margin']/h:a[@class='pnum']"));
    assertEquals("#p12", site.string(PAGE, p + "/h:span[@class='margin']/h:a[@class='pnum']/@href"));
    assertEquals("Cite paragraph 12", site.string(PAGE, p + "//h:a[@class='cite']/@aria-label"));
    assertEquals("What will the occupation bring us?", site.seen(PAGE, p, "reading"));
  }

  @Test
  void paragraphWithoutANumberedIdHasNoMargin() {
    assertFalse(site.exists(PAGE, "//h:p[normalize-space()='Order.']/h:span[@class='margin']"));
  }

  @Test
  void sectionsAreH2UnderTheH1() {
    assertEquals(2, site.count(PAGE, "//h:section[contains(@class,'div-section')]/h:h2"));
    assertEquals("I", site.normalized(PAGE, "(//h:section/h:h2)[1]"));
  }

  @Test
  void speakersLinkToTheIndexOfNamesWithAnOccurrenceId() {
    assertEquals("persons.html#person-jeanne-dumoulin",
        site.string(PAGE, "//h:p[@class='speaker'][1]/h:a/@href"));
    assertEquals("w1", site.string(PAGE, "(//h:p[@class='speaker'])[1]/@id"));
    assertEquals("THE CHAIRMAN.", site.normalized(PAGE, "(//h:p[@class='speaker'])[2]"));
    assertEquals("persons.html#person-the-chairman", site.string(PAGE, "(//h:p[@class='speaker'])[2]/h:a/@href"));
  }
}
