package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** editorial.xsl on xslt/html/editorial.tei.xml: both views of one paragraph. */
class EditorialTest {
  private static final String PAGE = "editorial.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("editorial");
  }

  @Test
  void readingViewAppliesEmendationsRegularisesAndJoinsHyphenatedWords() {
    assertEquals("The Central Committee met today on the organisation of sub-contractors. But I had no[…]",
        site.seen(PAGE, "//h:p[@id='p1']", "reading"));
  }

  @Test
  void diplomaticViewShowsTheTextAsPrinted() {
    assertEquals("The Centrai Committee met to-day on the organi-sation of sub-contractors. But I had no[…]",
        site.seen(PAGE, "//h:p[@id='p1']", "diplomatic"));
  }

  @Test
  void emendationShowsThePrintedFormOnHoverAndFocus() {
    String corr = "//h:span[@class='v-reading corr']";
    assertEquals("Central", site.string(PAGE, corr));
    assertEquals("printed: Centrai", site.string(PAGE, corr + "/@title"));
    assertEquals("printed: Centrai", site.string(PAGE, corr + "/@data-tip"));
    assertEquals("0", site.string(PAGE, corr + "/@tabindex"));
    assertEquals("sic; corrected: Central", site.string(PAGE, "//h:span[@class='v-diplomatic sic']/@title"));
  }

  @Test
  void lostTextIsAMarkedGapWithAnExplanation() {
    String gap = "//h:p[@id='p1']/h:span[@class='gap']";
    assertEquals("text lost in the source (about 3 words)", site.string(PAGE, gap + "/@title"));
    assertEquals("(text lost in the source (about 3 words))", site.string(PAGE, gap + "/h:span[@class='visually-hidden']"));
    assertEquals("true", site.string(PAGE, gap + "/h:span[1]/@aria-hidden"));
    assertEquals("text lost in the source", site.string(PAGE, "//h:p[@class='gap gap-block']/@title"));
  }
}
