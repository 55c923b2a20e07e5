package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** front.xsl on xslt/html/front.tei.xml. */
class FrontTest {
  private static final String PAGE = "front.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("front");
  }

  @Test
  void titlePartsMakeTheOnlyH1WithTheirNoteMarker() {
    assertEquals(1, site.count(PAGE, "//h:h1"));
    assertEquals("The Trade Unions", site.normalized(PAGE, "//h:h1/h:span[@class='title-part title-main']"));
    assertEquals("#n1", site.string(PAGE, "//h:h1//h:a[@class='noteref']/@href"));
  }

  @Test
  void authorArgumentDateAndSourceLineAreInTheTextsHeader() {
    String front = "//h:article/h:header[@class='text-front']";
    assertEquals("V. I. Lenin", site.normalized(PAGE, front + "/h:p[@class='doc-author']"));
    assertEquals("Speech Delivered At A Joint Meeting", site.normalized(PAGE, front + "/h:div[@class='argument']"));
    assertEquals("December 30, 1920", site.normalized(PAGE, front + "/h:p[@class='docDate']"));
    assertEquals("Source:", site.normalized(PAGE, front + "/h:p[contains(@class,'front-source')]/h:span[@class='label']"));
  }

  @Test
  void pageTitleAndLanguageComeFromTheHeader() {
    assertEquals("Fragment · Digital edition", site.string(PAGE, "/h:html/h:head/h:title"));
    assertEquals("en", site.string(PAGE, "/h:html/@lang"));
    assertTrue(site.text(PAGE).startsWith("<!DOCTYPE html>"));
  }
}
