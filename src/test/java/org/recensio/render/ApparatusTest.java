package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * apparatus.xsl on xslt/html/apparatus.tei.xml (issue 5): variant places in the text with every
 * reading and a marker, the section "Variants", the witness switch and its CSS rules, the
 * witnesses page; and a text without apparatus rendered exactly as before.
 */
class ApparatusTest {
  private static final String PAGE = "apparatus.html";
  private static final String WITNESSES = "apparatus-witnesses.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("apparatus");
  }

  /** The first variant place of paragraph 1: question (A C D), problem (B). */
  private static final String QUESTION = "(//h:p[@id='p1']/h:span[contains(@class, 'app ')])[1]";

  @Test
  void variantPlaceHoldsEveryReadingTheLemmaShownAndAMarker() {
    assertEquals("rdg lem wit-A wit-C wit-D", site.string(PAGE, QUESTION + "/h:span[1]/@class"));
    assertEquals("question", site.string(PAGE, QUESTION + "/h:span[1]"));
    assertEquals("rdg alt wit-B", site.string(PAGE, QUESTION + "/h:span[2]/@class"));
    assertEquals("problem", site.string(PAGE, QUESTION + "/h:span[2]"));
    assertEquals("#var-1", site.string(PAGE, QUESTION + "/h:a[@class='app-marker']/@href"));
    assertEquals("var-1-ref", site.string(PAGE, QUESTION + "/h:a[@class='app-marker']/@id"));
    assertEquals("Variants of “question”", site.string(PAGE, QUESTION + "/h:a/@aria-label"));
  }

  @Test
  void omissionAdditionAndNewParagraphAreEmptyReadingsOrAPilcrow() {
    String p1 = "//h:p[@id='p1']/h:span[contains(@class, 'app ')]";
    assertEquals("rdg alt rdg-empty wit-C", site.string(PAGE, "(" + p1 + ")[2]/h:span[2]/@class"));
    assertEquals("rdg lem rdg-empty wit-A wit-B wit-C", site.string(PAGE, "(" + p1 + ")[4]/h:span[1]/@class"));
    assertEquals(" undoubtedly", site.string(PAGE, "(" + p1 + ")[4]/h:span[2]"));
    assertEquals("¶", site.string(PAGE, "(" + p1 + ")[3]/h:span[contains(@class, 'wit-B')]/h:span[@class='para-break']"));
  }

  @Test
  void aLemmaTakenFromAnotherWitnessAndMarkupInsideReadings() {
    String whole = "(//h:p[@id='p2']/h:span[contains(@class, 'app ')])[2]";
    assertEquals("rdg lem wit-B wit-D", site.string(PAGE, whole + "/h:span[1]/@class"));
    assertEquals("rdg alt wit-A", site.string(PAGE, whole + "/h:span[2]/@class"));
    assertEquals("rdg alt wit-C", site.string(PAGE, whole + "/h:span[3]/@class"));
    assertEquals("(edited text, editor’s choice)", site.normalized(PAGE, "//h:li[@id='var-6']//h:span[@class='reading-note']"));
    String trotsky = "//h:p[@id='p3']/h:span[contains(@class, 'app ')]";
    assertEquals("Comrade Trotsky said", site.normalized(PAGE, trotsky + "/h:span[1]"));
    assertEquals("Trotsky wrote", site.normalized(PAGE, trotsky + "/h:span[2]"));
  }

  @Test
  void theReadingViewShowsTheLemmaAndTheSearchIndexHasIt() {
    StringBuilder shown = new StringBuilder();
    site.nodes(PAGE, "//h:p[@id='p1']//text()[not(ancestor::h:span[contains(@class, ' alt ')])]"
        + "[not(ancestor::h:span[@class='margin'])][not(parent::h:a[@class='app-marker'])]")
        .forEach(n -> shown.append(n.getNodeValue()));
    assertEquals("The question before us is very simple. We have made mistakes.", shown.toString());
    String index = site.text("assets/search-index.js");
    assertTrue(index.contains("The question before us is very simple."), index);
    assertFalse(index.contains("problem"), index);
  }

  @Test
  void variantsSectionListsEveryReadingWithItsSiglaAndLinksBack() {
    assertEquals(10, site.count(PAGE, "//h:section[@id='variants']//h:li[@class='variant']"));
    String entry = "//h:li[@id='var-1']";
    assertEquals("¶ 1 · substantive variant", site.normalized(PAGE, entry + "//h:p[@class='variant-head']"));
    assertEquals("A C D question (edited text)", site.normalized(PAGE, entry + "//h:li[1]"));
    assertEquals("B problem", site.normalized(PAGE, entry + "//h:li[2]"));
    assertEquals("Newspaper text", site.string(PAGE, entry + "//h:abbr[.='B']/@title"));
    assertEquals("#var-1-ref", site.string(PAGE, entry + "//h:a[@class='backlink']/@href"));
    assertEquals("C omits", site.normalized(PAGE, "//h:li[@id='var-2']//h:li[2]"));
    assertEquals("B ¶ starts a new paragraph", site.normalized(PAGE, "//h:li[@id='var-3']//h:li[2]"));
    assertEquals("A C D runs on (edited text)", site.normalized(PAGE, "//h:li[@id='var-3']//h:li[1]"));
    assertEquals("A B C lacks these words (edited text)", site.normalized(PAGE, "//h:li[@id='var-4']//h:li[1]"));
    // a variant inside a note: its marker in the notes section, its entry here
    assertEquals("#var-10", site.string(PAGE, "//h:li[@id='n1']//h:a[@class='app-marker']/@href"));
    assertEquals("D November", site.normalized(PAGE, "//h:li[@id='var-10']//h:li[2]"));
  }

  @Test
  void witnessSwitchIsRadioButtonsBeforeTheArticleWithOneCssRulePairEachInTheHead() {
    List<String> ids = List.of("read-as-edition", "read-as-A", "read-as-B", "read-as-C", "read-as-D");
    for (String id : ids) {
      // siblings of the article, before it: "#read-as-B:checked ~ .text" reaches it
      assertTrue(site.exists(PAGE, "//h:main/h:input[@type='radio'][@name='read-as'][@id='" + id
          + "'][following-sibling::h:article[@class='text']]"), id);
      assertTrue(site.exists(PAGE, "//h:main/h:label[@for='" + id + "']"), id);
    }
    assertEquals("checked", site.string(PAGE, "//h:input[@id='read-as-edition']/@checked"));
    assertEquals("A (copy text)", site.string(PAGE, "//h:label[@for='read-as-A']"));
    assertEquals("B", site.string(PAGE, "//h:input[@id='read-as-B']/@value"));
    String style = site.string(PAGE, "//h:head/h:style");
    assertTrue(style.contains("#read-as-B:checked ~ .text .app .rdg:not(.wit-B) { display: none; }"), style);
    assertTrue(style.contains("#read-as-B:checked ~ .text .app .rdg.wit-B { display: inline; }"), style);
    assertFalse(site.text(PAGE).contains("&gt; .rdg"), "no child combinator the serialiser would escape");
    assertTrue(site.exists(PAGE, "//h:nav[@class='text-tools']//h:a[@href='apparatus-witnesses.html']"));
    assertTrue(site.exists(PAGE, "//h:nav[@class='text-tools']//h:a[@href='#variants']"));
  }

  @Test
  void witnessesPageListsSiglaDescriptionsBiblsAndTheCopyText() {
    String list = "//h:dl[@class='witness-list']";
    assertEquals(4, site.count(WITNESSES, list + "/h:dt"));
    assertEquals("A copy text", site.normalized(WITNESSES, list + "/h:dt[@id='witness-A']"));
    assertEquals("B", site.normalized(WITNESSES, list + "/h:dt[@id='witness-B']"));
    assertEquals("Newspaper text", site.normalized(WITNESSES, list + "/h:dd[2]/h:p[@class='witness-desc']"));
    assertEquals("Pravda, no. 1, 1 January 1921", site.normalized(WITNESSES, list + "/h:dd[2]/h:p[@class='bibliography']"));
    assertTrue(site.normalized(WITNESSES, list + "/h:dd[2]/h:p[@class='witness-stats']")
        .startsWith("Differs from the edited text at 4 places"), site.normalized(WITNESSES, list + "/h:dd[2]"));
    assertEquals("apparatus.html?witness=B", site.string(WITNESSES, list + "/h:dd[2]//h:a/@href"));
    assertTrue(site.exists("apparatus-about.html", "//h:a[@href='apparatus-witnesses.html']"));
  }

  /** Issue 5: "A single-witness edition builds exactly as before". */
  @Test
  void aTextWithoutApparatusRendersToTheSameBytesAsBefore() throws Exception {
    HtmlPages plain = HtmlPages.ofFragment("hand-edited");
    assertArrayEquals(golden("hand-edited.html"), plain.files().get("hand-edited.html"));
    assertArrayEquals(golden("hand-edited-about.html"), plain.files().get("hand-edited-about.html"));
    assertFalse(plain.files().containsKey("hand-edited-witnesses.html"));
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = ApparatusTest.class.getResourceAsStream("/xslt/html/single-witness/" + name)) {
      return in.readAllBytes();
    }
  }
}
