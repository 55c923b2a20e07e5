package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** about.xsl on schema-cases/valid/every-construct.tei.xml: the page is the teiHeader's. */
class AboutTest {
  private static final String PAGE = "every-about.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = new HtmlPages(HtmlPages.RENDERER.renderSite(List.of(
        HtmlPages.document("every", "/schema-cases/valid/every-construct.tei.xml"))));
  }

  @Test
  void sourceIsABibliographyWithTheTitleInItalics() {
    assertEquals("Collected Works", site.normalized(PAGE, "//h:section[@id='source']/h:p[@class='bibliography']/h:cite"));
    assertEquals("Translated by Yuri Sdobnikov",
        site.normalized(PAGE, "//h:section[@id='source']//h:dt[.='Translation']/following-sibling::h:dd[1]"));
  }

  @Test
  void editorialPrinciplesComeFromEditorialDecl() {
    String section = "//h:section[@id='editorial-principles']";
    assertEquals("Correction", site.normalized(PAGE, section + "/h:h3"));
    assertTrue(site.normalized(PAGE, section + "/h:p").startsWith("Obvious misprints corrected"));
  }

  @Test
  void reactionTaxonomyIsListedWithHowOftenTheTextRecordsEachCategory() {
    String section = "//h:section[@id='reactions']";
    assertEquals("applause", site.normalized(PAGE, section + "//h:li[@id='category-applause']/h:span[@class='category']"));
    assertEquals("(2)", site.normalized(PAGE, section + "//h:li[@id='category-applause']/h:span[@class='count']"));
    assertEquals("(1)", site.normalized(PAGE, section + "//h:li[@id='category-laughter']/h:span[@class='count']"));
  }

  @Test
  void markupCountsComeFromTagsDecl() {
    assertEquals("9", site.normalized(PAGE, "//h:table[@class='tag-usage']//h:tr[h:th/h:code='p']/h:td[1]"));
    assertEquals("5", site.normalized(PAGE, "//h:table[@class='tag-usage']//h:tr[h:th/h:code='p']/h:td[2]"));
  }

  @Test
  void builderNameAndVersionComeFromAppInfo() {
    assertEquals("Recensio", site.normalized(PAGE, "//h:section[@id='making']//h:strong[@class='application']"));
    assertEquals("0.1.0", site.normalized(PAGE, "//h:section[@id='making']//h:span[@class='version']"));
  }

  @Test
  void headingsDescendFromOneH1() {
    assertEquals(1, site.count(PAGE, "//h:h1"));
    assertEquals(0, site.count(PAGE, "//h:h3[not(preceding::h:h2)]"));
  }
}
