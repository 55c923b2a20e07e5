package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** interjections.xsl on xslt/html/interjections.tei.xml. */
class InterjectionsTest {
  private static final String PAGE = "interjections.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("interjections");
  }

  @Test
  void audienceReactionIsLabelledForScreenReadersAndGetsItsParenthesesBack() {
    String stage = "//h:p[@id='p1']/h:span[contains(@class,'stage-audience')]";
    assertEquals("Audience reaction:", site.normalized(PAGE, stage + "/h:span[@class='visually-hidden']"));
    assertEquals("(applause, laughter)", site.seen(PAGE, stage, "reading"));
    assertEquals("stage stage-audience reaction-applause reaction-laughter", site.string(PAGE, stage + "/@class"));
    assertEquals("applause, laughter", site.string(PAGE, stage + "/@title"));
  }

  @Test
  void interjectionNamesItsSpeakerAndLinksHim() {
    String stage = "//h:span[contains(@class,'stage-interjection')][1]";
    assertEquals("Interjection by Bukharin:", site.normalized(PAGE, stage + "/h:span[@class='visually-hidden']"));
    assertEquals("(Bukharin: What kind of state?)", site.seen(PAGE, stage, "reading"));
    assertEquals("persons.html#person-bukharin", site.string(PAGE, stage + "/h:a/@href"));
    assertEquals("Said by Bukharin", site.string(PAGE, stage + "/h:span[@class='said']/@title"));
  }

  @Test
  void aVoiceIsAnInterjectionByTheGroup() {
    assertEquals("Interjection by Voices:",
        site.normalized(PAGE, "//h:p[@id='p2']//h:span[@class='visually-hidden']"));
  }

  @Test
  void reactionBetweenParagraphsIsABlockWithItsBrackets() {
    String stage = "//h:div[@class='sp']/h:p[contains(@class,'stage')]";
    assertEquals("[Cheers.]", site.seen(PAGE, stage, "reading"));
  }
}
