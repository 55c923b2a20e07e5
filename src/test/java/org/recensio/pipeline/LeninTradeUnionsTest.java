package org.recensio.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.ingest.Decoder;
import org.recensio.model.SourceText;
import org.recensio.model.Whitespace;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Tei;
import org.recensio.validate.TeiConformance;

/** The seed: Lenin, The Trade Unions, the Present Situation and Trotsky's Mistakes (issue 2 acceptance). */
class LeninTradeUnionsTest {
  static final Path SEED = Path.of("seeds", "lenin-1920-12-30-trade-unions.txt");
  static final Path CONFIG = Path.of("seeds", "lenin-1920-12-30-trade-unions.yaml");
  private static byte[] bytes;
  private static Tei tei;

  @BeforeAll
  static void build() throws Exception {
    bytes = buildSeed();
    tei = Tei.parse(bytes);
  }

  static byte[] buildSeed() throws Exception {
    EditionConfig config = new ConfigReader().read(CONFIG);
    SourceText text = new Decoder().decode(SEED, new DiagnosticSink());
    return new Pipeline(config, new BuildInfo("0.0.0", Optional.empty())).run(text, new DiagnosticSink()).tei();
  }

  @Test
  void isValidAgainstTeiAllItsSchematronAndOurSchema() {
    TeiConformance.assertConformant(bytes, "lenin.tei.xml");
  }

  @Test
  void headerCarriesTitleAuthorDateAndSource() {
    assertEquals("The Trade Unions, The Present Situation And Trotsky’s Mistakes",
        tei.string("//t:titleStmt/t:title[@type='main']"));
    assertEquals("V. I. Lenin", tei.string("//t:titleStmt/t:author"));
    assertEquals("1920-12-30", tei.string("//t:profileDesc/t:creation/t:date/@when"));
    String bibl = "//t:sourceDesc/t:bibl[@type='copyText']";
    assertEquals("Progress Publishers", tei.string(bibl + "/t:publisher"));
    assertEquals("Moscow", tei.string(bibl + "/t:pubPlace"));
    assertEquals("1965", tei.string(bibl + "/t:date/@when"));
    assertEquals("32", tei.string(bibl + "/t:biblScope[@unit='volume']/@n"));
    assertEquals("19", tei.string(bibl + "/t:biblScope[@unit='page']/@from"));
    assertEquals("42", tei.string(bibl + "/t:biblScope[@unit='page']/@to"));
    assertEquals("1st English Edition", tei.string(bibl + "/t:edition"));
    assertEquals("Lenin’s Collected Works", tei.string(bibl + "/t:title"));
  }

  @Test
  void frontMatterIsKeptAsPrinted() {
    assertEquals("V. I. Lenin", tei.string("//t:front/t:docAuthor"));
    assertEquals(3, tei.count("//t:front/t:docTitle/t:titlePart"));
    assertEquals("1920-12-30", tei.string("//t:front/t:docDate/@when"));
    assertEquals(List.of("firstPublished", "source"), tei.strings("//t:text/t:front/t:ab/@type"));
  }

  @Test
  void allThirteenNotesExistAndAllThirteenMarkersLinkToThem() {
    List<String> ids = List.of("n1", "n2", "n3", "n4", "n4b", "n5", "n6", "n7", "n8", "n9", "n9b", "n10", "n11");
    assertEquals(ids, tei.strings("//t:back/t:div[@type='notes']/t:note/@xml:id"));
    assertEquals(13, tei.count("//t:ref[@type='noteAnchor']"));
    assertEquals(11, tei.count("(//t:front | //t:body)//t:ref[@type='noteAnchor']"));
    assertEquals(List.of("#n5", "#n10"), tei.strings("//t:note//t:ref[@type='noteAnchor']/@target"));
    assertTrue(tei.test("every $r in //t:ref/@target satisfies //*[@xml:id = substring($r, 2)]"));
    assertEquals(ids.stream().map(i -> "#" + i).sorted().toList(),
        tei.strings("//t:ref[@type='noteAnchor']/@target").stream().sorted().toList());
  }

  @Test
  void twelvePlacesOfLostText() {
    assertEquals(12, tei.count("//t:gap[@reason='lost']"));
    assertEquals(8, tei.count("//t:body//t:gap[@reason='lost']"), "3 more break off inside notes");
    assertTrue(tei.test("(//t:note)[last()]/t:p[last()]/node()[last()][self::t:gap]"), "the last note breaks off");
  }

  @Test
  void theSixteenThesesSitInOneFloatingText() {
    assertEquals(1, tei.count("//t:floatingText"));
    assertEquals(IntStream.rangeClosed(1, 16).mapToObj(Integer::toString).toList(),
        tei.strings("//t:floatingText/t:body/t:div[@type='unit']/@n"));
    assertTrue(tei.string("//t:floatingText/t:front/t:head").startsWith("Fifth All-Russia Trade Union Conference"));
    assertTrue(tei.string("//t:floatingText/t:front/t:head").endsWith("(Theses Of Comrade Rudzutak’s Report)"));
    assertEquals("#ed", tei.string("//t:floatingText/@resp"));
    assertTrue(tei.string("//t:floatingText/preceding-sibling::t:p[1]").endsWith("Let me read it to you, it is not long."));
  }

  @Test
  void trapsOfTheSeedAreHandled() {
    assertTrue(tei.test("//t:note[@xml:id='n4']//text()[contains(., 'R.C.P.(B.)')]"), "R.C.P.(B.) stays text");
    assertEquals("4b", tei.string("//t:note[@xml:id='n4b']/@n"));
    assertEquals("#n5", tei.string("//t:note[@xml:id='n4b']//t:ref/@target"));
  }

  @Test
  void nothingIsLost() throws Exception {
    String exported = new TextExporter().export(bytes, "lenin.tei.xml", View.DIPLOMATIC);
    String source = Files.readString(SEED);
    assertEquals(Whitespace.strip(source), Whitespace.strip(exported));
  }

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    assertArrayEquals(bytes, buildSeed());
  }
}
