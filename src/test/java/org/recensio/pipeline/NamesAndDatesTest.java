package org.recensio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Whitespace;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Configs;
import org.recensio.testing.Tei;
import org.recensio.testing.Texts;
import org.recensio.validate.TeiConformance;

/** Names and dates in the TEI (issue 3, point 5): links into the header, values, who decided, nothing lost. */
class NamesAndDatesTest {
  /** A text thick with names and dates, traps included; paragraphs on lines 7-8, 10-12, 14, 16, 18; the note on 22. */
  static final String TEXT = String.join("\n\n",
      "V. I. Lenin",
      "On Names And Dates",
      "December 30, 1920",
      "Comrades Trotsky and Bukharin, Comrade N. I. Bukharin and Trotsky’s theses (as Comrade\n"
          + "Trotsky has done) were discussed on November 9, on December 24 and 27, and on November 2 to 6, 1920.",
      "The R.C.P.(B.) met in Moscow from March 8-16, 1921; the All-Russia Central Council of Trade\n"
          + "Unions in 1920-21; L.\nP. Serebryakov, Y. A. Preobrazhensky and Y. Larin in June 1946 [1].",
      "Party, Soviet, Congress, Central Committee, May I say, Since September, 10 to 4, No. 26, C.C. Plenary.",
      "Lozovsky and Tomsky. Comrades Tomsky and Lozovsky. Trotsky ’s pamphlet. Comrade Ryazanov.",
      "(Ryazanov : “Soviet anti-Brestism.”) “Comrade Trotsky said so on December 7.”",
      "Notes",
      "[1] In 1929, it was transformed; Lenin was against it (Lenin ) on December 14, 1920.") + "\n";

  static final EditionConfig CONFIG = Configs.yaml(
      "edition:", "  editors:", "    - {id: ed, name: The Editor}",
      "layout:", "  kind: blocks",
      "register:",
      "  - {id: rcp, kind: org, name: \"R.C.P.(B.)\", forms: [\"R.C.P.\"]}",
      "  - {id: vtssps, kind: org, name: \"All-Russia Central Council of Trade Unions\"}",
      "  - {id: cc, kind: org, name: \"Central Committee\"}",
      "  - {id: moscow, kind: place, name: Moscow}",
      "  - {id: zinoviev, name: Zinoviev}",
      "names:",
      "  - {line: 16, text: \"Comrade Ryazanov\", ref: zinoviev}",
      "  - {line: 14, text: Central Committee, ref: none}",
      "dates:",
      "  - {line: 8, text: November 9, when: \"1920-11-08\"}",
      "  - {line: 18, text: December 7, none: true}");

  private static byte[] build(EditionConfig config) {
    return new Pipeline(config, new BuildInfo("0.0.0", Optional.empty()))
        .run(Texts.source(TEXT), new DiagnosticSink()).tei();
  }

  @Test
  void everyNameAndDateIsValidTeiAndNothingIsLost() throws Exception {
    for (EditionConfig config : new EditionConfig[] {CONFIG, EditionConfig.defaults()}) {
      byte[] tei = build(config);
      TeiConformance.assertConformant(tei, "names-and-dates.tei.xml");
      String exported = new TextExporter().export(tei, "names-and-dates.tei.xml", View.DIPLOMATIC);
      assertEquals(Whitespace.strip(TEXT), Whitespace.strip(exported));
    }
  }

  @Test
  void everyPersonNamedHasOneEntryAndEveryRefResolves() {
    Tei tei = Tei.parse(build(CONFIG));
    assertTrue(tei.test("every $r in //t:text//(t:persName|t:orgName|t:placeName)/@ref satisfies "
        + "//t:teiHeader//*[@xml:id = substring($r, 2)]"));
    for (String id : new String[] {"trotsky", "bukharin", "tomsky", "lozovsky", "serebryakov", "preobrazhensky",
        "larin", "ryazanov", "lenin"}) {
      assertEquals(1, tei.count("//t:listPerson/t:person[@xml:id='" + id + "']"), id);
    }
    assertEquals(5, tei.count("//t:body//t:persName[@ref='#trotsky']"));
    assertEquals(2, tei.count("//t:body//t:persName[@ref='#bukharin']"));
    assertEquals("N. I. Bukharin", tei.string("//t:person[@xml:id='bukharin']/t:persName[1]"));
    assertEquals(2, tei.count("//t:note//t:persName[@ref='#lenin']"));
  }

  @Test
  void organisationsAndPlacesAreTheRegistersOnly() {
    Tei tei = Tei.parse(build(CONFIG));
    assertEquals("R.C.P.(B.)", tei.string("//t:orgName[@ref='#rcp']"));
    assertEquals(1, tei.count("//t:orgName[@ref='#vtssps']"));
    assertEquals("Moscow", tei.string("//t:placeName[@ref='#moscow']"));
    assertEquals(0, tei.count("//t:orgName[@ref='#cc']"), "the editor said Central Committee is none there");
    assertEquals(0, Tei.parse(build(EditionConfig.defaults())).count("//t:orgName | //t:placeName"));
  }

  @Test
  void theEditorsDecisionsCarryTheEditorsResp() {
    Tei tei = Tei.parse(build(CONFIG));
    assertEquals("#ed", tei.string("//t:persName[@ref='#zinoviev']/@resp"));
    assertEquals("Comrade Ryazanov", tei.string("//t:persName[@ref='#zinoviev']"));
    assertEquals("#ed", tei.string("//t:date[. = 'November 9']/@resp"));
    assertEquals("1920-11-08", tei.string("//t:date[. = 'November 9']/@when"));
    assertEquals(0, tei.count("//t:date[. = 'December 7']"));
    assertEquals(0, tei.count("//t:persName[@ref='#trotsky'][@resp]"), "the builder's sure links are the default");
  }

  @Test
  void aYearFromTheContextIsAConjecture() {
    Tei tei = Tei.parse(build(EditionConfig.defaults()));
    assertEquals("1920-11-09", tei.string("//t:date[. = 'November 9']/@when"));
    assertEquals("conjecture", tei.string("//t:date[. = 'November 9']/@evidence"));
    assertEquals("#recensio", tei.string("//t:date[. = 'November 9']/@resp"));
    assertEquals("", tei.string("//t:date[. = 'November 2 to 6, 1920']/@evidence"));
    assertEquals("1920-11-02", tei.string("//t:date[. = 'November 2 to 6, 1920']/@from"));
    assertEquals("1921", tei.string("//t:date[. = '1920-21']/@to"));
    assertEquals(1, tei.count("//t:front//t:date | //t:front//t:docDate"), "the front date once, as docDate");
  }
}
