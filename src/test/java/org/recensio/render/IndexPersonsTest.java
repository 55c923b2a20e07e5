package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** index-persons.xsl: one index for two texts, entries grouped by name. */
class IndexPersonsTest {
  private static final String PAGE = "persons.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = new HtmlPages(HtmlPages.RENDERER.renderSite(List.of(
        HtmlPages.document("names", HtmlPages.FRAGMENTS + "names.tei.xml"),
        HtmlPages.document("every", "/schema-cases/valid/every-construct.tei.xml"))));
  }

  @Test
  void personNamedInTwoTextsHasOneEntryWithOccurrencesInEach() {
    String entry = "//h:li[@id='person-v-i-lenin']";
    assertEquals(1, site.count(PAGE, entry));
    assertEquals(2, site.count(PAGE, entry + "/h:ul[@class='index-texts']/h:li"));
    assertEquals("names.html#w1", site.string(PAGE, "(" + entry + "//h:a[@class='occurrence'])[1]/@href"));
    assertEquals("speaker", site.string(PAGE, "(" + entry + "//h:a[@class='occurrence'])[1]"));
  }

  @Test
  void entryGivesFullNameLifeDatesRoleAndAuthorityLinks() {
    String meta = "//h:li[@id='person-v-i-lenin']/h:p[@class='index-meta']";
    assertTrue(site.normalized(PAGE, meta).startsWith("Vladimir Ilyich Lenin; 1870–1924; speaker"));
    assertEquals("https://www.wikidata.org/wiki/Q1394", site.string(PAGE, meta + "/h:a/@href"));
  }

  @Test
  void interjectionsAndSpeechAreNamedAsSuch() {
    String entry = "//h:li[@id='person-bukharin']";
    assertEquals("¶ 1 (interjection)", site.string(PAGE, "(" + entry + "//h:a[@class='occurrence'])[1]"));
    assertTrue(site.exists(PAGE, entry + "//h:a[@class='occurrence'][contains(.,'(speaks)')]"));
  }

  @Test
  void organisationsAndPlacesHaveSectionsOfTheirOwn() {
    assertEquals("Organisations", site.normalized(PAGE, "//h:h2[@id='index-org']"));
    assertTrue(site.exists(PAGE, "//h:h2[@id='index-place']/following-sibling::h:ul/h:li[@id='place-moscow']"));
  }

  @Test
  void everyOccurrenceLinkResolves() {
    for (org.w3c.dom.Node href : site.nodes(PAGE, "//h:a[@class='occurrence']/@href")) {
      String[] parts = href.getNodeValue().split("#");
      assertEquals(1, site.count(parts[0], "//*[@id='" + parts[1] + "']"), href.getNodeValue());
    }
  }
}
