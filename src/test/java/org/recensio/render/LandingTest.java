package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** landing.xsl: index.html lists the texts in the given order, with links to their forms. */
class LandingTest {
  private static final String PAGE = "index.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = new HtmlPages(HtmlPages.RENDERER.renderSite(List.of(
        HtmlPages.document("every", "/schema-cases/valid/every-construct.tei.xml"),
        HtmlPages.document("names", HtmlPages.FRAGMENTS + "names.tei.xml"))));
  }

  @Test
  void listsEveryTextInOrderWithTitleAuthorDateAndSource() {
    assertEquals(2, site.count(PAGE, "//h:ol[@class='text-list']/h:li"));
    String first = "//h:ol[@class='text-list']/h:li[1]";
    assertEquals("On The Trade Unions", site.normalized(PAGE, first + "/h:h2/h:a"));
    assertEquals("V. I. Lenin", site.normalized(PAGE, first + "//h:dt[.='Author']/following-sibling::h:dd[1]"));
    assertEquals("December 30-31, 1920", site.normalized(PAGE, first + "//h:dt[.='Date']/following-sibling::h:dd[1]"));
    assertEquals("Collected Works", site.normalized(PAGE, first + "//h:dt[.='Source']/following-sibling::h:dd[1]/h:cite"));
    assertEquals("Fragment", site.normalized(PAGE, "//h:ol[@class='text-list']/h:li[2]/h:h2"));
  }

  @Test
  void linksToTheTextItsAboutPageItsTeiAndItsPdf() {
    String links = "//h:ol[@class='text-list']/h:li[1]/h:ul[@class='card-links']/h:li/h:a/@href";
    assertEquals(List.of("every.html", "every-about.html", "every.tei.xml", "every.pdf"),
        site.nodes(PAGE, links).stream().map(org.w3c.dom.Node::getNodeValue).toList());
  }
}
