package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** search-index.xsl: assets/search-index.js and search.html. */
class SearchIndexTest {
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = new HtmlPages(HtmlPages.RENDERER.renderSite(List.of(
        HtmlPages.document("editorial", HtmlPages.FRAGMENTS + "editorial.tei.xml"),
        HtmlPages.document("notes", HtmlPages.FRAGMENTS + "notes.tei.xml"))));
  }

  @Test
  void indexIsAScriptAssigningAGlobalSoThatItLoadsFromFileUrls() {
    String js = site.text("assets/search-index.js");
    assertTrue(js.contains("window.RECENSIO_SEARCH = {\"texts\": [[\"editorial\",\"Fragment\",\"A. Speaker\"],"), js);
    assertTrue(js.trim().endsWith("};"));
  }

  @Test
  void entriesHoldTheReadingTextOfParagraphsAndNotesWithTheirAnchors() {
    String js = site.text("assets/search-index.js");
    assertTrue(js.contains("[0,\"p1\",\"¶ 1\",\"The Central Committee met today on the organisation of sub-contractors."), js);
    assertTrue(js.contains("[1,\"n2\",\"note 4b\",\"[4b] See [1].\"]"), js);
  }

  @Test
  void searchPageHasALabelledFormALiveStatusAndLoadsTheIndex() {
    assertEquals("search-q", site.string("search.html", "//h:form[@id='search-form']//h:label/@for"));
    assertEquals("status", site.string("search.html", "//h:p[@id='search-status']/@role"));
    assertEquals("assets/search-index.js", site.string("search.html", "//h:head/h:script[1]/@src"));
  }
}
