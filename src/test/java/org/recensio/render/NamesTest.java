package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** names.xsl on xslt/html/names.tei.xml. */
class NamesTest {
  private static final String PAGE = "names.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("names");
  }

  @Test
  void namesWithARefLinkToTheirEntryInTheIndex() {
    assertEquals("persons.html#person-l-d-trotsky", site.string(PAGE, "//h:p[@id='p1']/h:a[.='Trotsky']/@href"));
    assertEquals("persons.html#org-r-c-p-b", site.string(PAGE, "//h:a[@class='name name-orgName']/@href"));
    assertEquals("persons.html#place-moscow", site.string(PAGE, "//h:a[@class='name name-placeName']/@href"));
  }

  @Test
  void nameWithoutARefIsNoLink() {
    assertFalse(site.exists(PAGE, "//h:a[.='Rudzutak']"));
    assertEquals("Rudzutak", site.string(PAGE, "//h:span[@class='name name-persName']"));
  }

  @Test
  void datesAreMachineReadable() {
    assertEquals("1920-12-30", site.string(PAGE, "//h:p[@id='p1']/h:time/@datetime"));
    assertEquals("1920-12-30", site.string(PAGE, "//h:p[@id='p2']/h:time/@datetime"));
  }

  @Test
  void everyOccurrenceInTheIndexLinksToAnElementOfTheTextPage() {
    String entry = "//h:li[@id='person-l-d-trotsky']";
    assertEquals(2, site.count("persons.html", entry + "//h:a[@class='occurrence']"));
    for (org.w3c.dom.Node href : site.nodes("persons.html", "//h:a[@class='occurrence']/@href")) {
      String id = href.getNodeValue().substring("names.html#".length());
      assertEquals(1, site.count(PAGE, "//*[@id='" + id + "']"), href.getNodeValue());
    }
    assertEquals("¶ 2", site.string("persons.html", "(" + entry + "//h:a[@class='occurrence'])[2]"));
  }
}
