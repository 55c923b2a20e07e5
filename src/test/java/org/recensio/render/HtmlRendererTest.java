package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recensio.pipeline.BuildSettings;
import org.recensio.pipeline.EditionBuilder;
import org.w3c.dom.Node;

/** The whole site of the seed text (Lenin, The Trade Unions), and the renderer's contract. */
class HtmlRendererTest {
  private static final Path SEED = Path.of("seeds/lenin-1920-12-30-trade-unions.txt");
  private static final String BASE = "lenin-1920-12-30-trade-unions";
  private static final String PAGE = BASE + ".html";

  private static byte[] seedTei;
  private static HtmlPages site;

  @BeforeAll
  static void renderSeed(@TempDir Path out) throws Exception {
    EditionBuilder.Outcome outcome = new EditionBuilder((name, tei) -> List.of())
        .build(SEED, new BuildSettings(out, Optional.empty(), Optional.empty(), BuildSettings.DEFAULT_MAX_BYTES));
    seedTei = Files.readAllBytes(outcome.tei());
    site = new HtmlPages(HtmlPages.RENDERER.renderSite(List.of(new TeiDocument(BASE, seedTei))));
  }

  @Test
  void siteHasEveryPageAndAsset() {
    assertEquals(Set.of("index.html", PAGE, BASE + "-about.html", "persons.html", "search.html",
        "assets/edition.css", "assets/edition.js", "assets/search-index.js"), site.files().keySet());
  }

  @Test
  void thirteenNotesAreRenderedEachWithABacklinkToItsMarker() {
    assertEquals(13, site.count(PAGE, "//h:section[@id='notes']//h:li[@class='note']"));
    for (Node note : site.nodes(PAGE, "//h:section[@id='notes']//h:li[@class='note']/@id")) {
      String id = note.getNodeValue();
      String back = site.string(PAGE, "//h:li[@id='" + id + "']//h:a[@class='backlink'][1]/@href");
      assertEquals("#" + id, site.string(PAGE, "//*[@id='" + back.substring(1) + "']/@href"), id);
    }
  }

  @Test
  void viewSwitchWorksWithoutJavaScript() {
    assertEquals("checkbox", site.string(PAGE, "//h:main/h:input[@id='view-switch']/@type"));
    assertEquals("view-switch", site.string(PAGE, "//h:main/h:label/@for"));
    assertTrue(site.exists(PAGE, "//h:main/h:input[@id='view-switch']/following-sibling::h:article[@class='text']"));
    String css = site.text("assets/edition.css");
    assertTrue(css.contains(".view-switch:checked ~ .text .v-reading { display: none; }"));
    assertTrue(site.text("assets/edition.js").contains("aria-pressed"));
  }

  @Test
  void paragraphsAreNumberedAsInTheTei() {
    assertEquals("36", site.string(PAGE, "//h:p[@id='p36']/h:span[@class='margin']/h:a[@class='pnum']"));
    assertEquals(site.count(PAGE, "//h:p[starts-with(@id,'p')]"), site.count(PAGE, "//h:a[@class='pnum']"));
  }

  @Test
  void personsIndexListsTheSpeakerWithALinkToTheSpeech() {
    assertEquals("V. I. Lenin", site.normalized("persons.html", "//h:li[@id='person-v-i-lenin']/h:h3"));
    String href = site.string("persons.html", "//h:li[@id='person-v-i-lenin']//h:a[@class='occurrence']/@href");
    assertEquals("persons.html#person-v-i-lenin",
        site.string(PAGE, "//*[@id='" + href.substring(PAGE.length() + 1) + "']/h:a/@href"));
  }

  @Test
  void searchIndexContainsTheTextOfTheEmbeddedDocument() {
    assertTrue(site.text("assets/search-index.js").contains("Rudzutak"));
  }

  @Test
  void idsAreUniqueAndEveryInternalLinkHasATarget() {
    List<String> pages = List.of(PAGE, BASE + "-about.html", "index.html", "persons.html", "search.html");
    Map<String, Set<String>> ids = new java.util.HashMap<>();
    for (String page : pages) {
      Set<String> seen = new HashSet<>();
      for (Node id : site.nodes(page, "//@id")) {
        assertTrue(seen.add(id.getNodeValue()), page + ": duplicate id " + id.getNodeValue());
      }
      ids.put(page, seen);
    }
    for (String page : pages) {
      for (Node href : site.nodes(page, "//@href[not(contains(., ':'))]")) {
        String[] parts = href.getNodeValue().split("#", 2);
        String target = parts[0].isEmpty() ? page : parts[0];
        boolean linked = site.files().containsKey(target) || target.endsWith(".tei.xml") || target.endsWith(".pdf");
        assertTrue(linked, page + ": link to a missing file " + href.getNodeValue());
        if (parts.length == 2 && ids.containsKey(target)) {
          assertTrue(ids.get(target).contains(parts[1]), page + ": no target for " + href.getNodeValue());
        }
      }
    }
  }

  @Test
  void pagesHaveLandmarksASkipLinkAndOneH1() {
    for (String page : List.of(PAGE, BASE + "-about.html", "index.html", "persons.html", "search.html")) {
      assertEquals("#main", site.string(page, "/h:html/h:body/h:a[1][@class='skip-link']/@href"), page);
      assertEquals(1, site.count(page, "//h:main[@id='main']"), page);
      assertEquals(1, site.count(page, "//h:header[@class='site-header']//h:nav"), page);
      assertEquals(1, site.count(page, "//h:h1"), page);
      assertEquals("en", site.string(page, "/h:html/@lang"), page);
    }
  }

  @Test
  void siteRefersToNoExternalResource() {
    for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
      if (file.getKey().endsWith(".html")) {
        assertEquals(0, site.count(file.getKey(), "//h:script[contains(@src,':')] | //h:link[contains(@href,':')]"
            + " | //h:img | //h:iframe"), file.getKey());
      }
    }
    String css = site.text("assets/edition.css");
    assertTrue(!css.contains("@import") && !css.contains("url("), "the CSS loads nothing");
  }

  @Test
  void sameInputGivesByteIdenticalSite() throws Exception {
    Map<String, byte[]> again = HtmlPages.RENDERER.renderSite(List.of(new TeiDocument(BASE, seedTei)));
    assertEquals(site.files().keySet(), again.keySet());
    site.files().forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
  }

  @Test
  void rendererIsSafeToShareBetweenThreads() throws Exception {
    List<TeiDocument> texts = List.of(HtmlPages.document("notes", HtmlPages.FRAGMENTS + "notes.tei.xml"),
        HtmlPages.document("names", HtmlPages.FRAGMENTS + "names.tei.xml"));
    Map<String, byte[]> expected = HtmlPages.RENDERER.renderSite(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<String, byte[]>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> HtmlPages.RENDERER.renderSite(texts)));
      }
      for (Future<Map<String, byte[]>> run : runs) {
        Map<String, byte[]> got = run.get();
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void malformedTeiIsReportedWithLineAndColumn() {
    byte[] bad = "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text><body><p>open</body></text></TEI>"
        .getBytes(StandardCharsets.UTF_8);
    RenderException e = assertThrows(RenderException.class,
        () -> HtmlPages.RENDERER.renderSite(List.of(new TeiDocument("bad", bad))));
    assertEquals("bad.tei.xml", e.systemId());
    assertEquals(2, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.getMessage().startsWith("bad.tei.xml:2:"), e.getMessage());
  }

  @Test
  void inputWithoutATeiTextIsRefusedWithItsCode() {
    byte[] notTei = "<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>".getBytes(StandardCharsets.UTF_8);
    RenderException e = assertThrows(RenderException.class,
        () -> HtmlPages.RENDERER.renderSite(List.of(new TeiDocument("page", notTei))));
    assertEquals("EXP002", e.code());
    assertEquals(1, e.line());
  }

  @Test
  void baseNamesMustBePlainUniqueAndFreeOfTheSitesOwnPages() {
    byte[] tei = seedTei;
    assertThrows(IllegalArgumentException.class, () -> new TeiDocument("../evil", tei));
    assertThrows(IllegalArgumentException.class, () -> HtmlPages.RENDERER.renderSite(List.of(
        new TeiDocument("a", tei), new TeiDocument("A", tei))));
    assertThrows(IllegalArgumentException.class, () -> HtmlPages.RENDERER.renderSite(List.of(
        new TeiDocument("index", tei))));
    assertThrows(IllegalArgumentException.class, () -> HtmlPages.RENDERER.renderSite(List.of()));
  }
}
