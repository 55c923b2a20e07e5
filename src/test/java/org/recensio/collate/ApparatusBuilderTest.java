package org.recensio.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Texts;

/** The collate stage on small transcripts: places, readings, nesting with the copy text's inlines. */
class ApparatusBuilderTest {
  private static Inline.App only(Transcript t) {
    List<Inline.App> apps = t.paragraphs().flatMap(p -> p.inlines().stream()).filter(i -> i instanceof Inline.App)
        .map(i -> (Inline.App) i).toList();
    assertEquals(1, apps.size(), apps.toString());
    return apps.get(0);
  }

  private static Transcript collate(Transcript base, String... witnessParagraphs) {
    List<org.recensio.model.TextBlock> blocks = Texts.structure(String.join("\n\n", witnessParagraphs)).paragraphs()
        .map(Paragraph::text).toList();
    return new Collator(EditionConfig.defaults()).collate(base, "A", List.of(new WitnessText("B", blocks)),
        new DiagnosticSink());
  }

  @Test
  void aSubstitutionIsOneAppWithTheCopyTextAsLemma() {
    Transcript base = Texts.structure("We must first of all settle the question of the trade unions now.");
    Inline.App app = only(collate(base, "We must first of all settle the problem of the trade unions now."));
    Paragraph p = base.paragraphs().findFirst().orElseThrow();
    assertEquals("question", p.text().text().substring(app.start(), app.end()));
    assertEquals(List.of("A"), app.lemmaSigla());
    assertEquals("problem", app.readings().get(0).text());
    assertEquals(Inline.VariantType.SUBSTANTIVE, app.type());
  }

  @Test
  void anAdditionIsAPointAfterTheWordBefore() {
    Transcript base = Texts.structure("We must first of all settle the question of the trade unions now.");
    Inline.App app = only(collate(base, "We must first of all settle indeed the question of the trade unions now."));
    assertEquals(app.start(), app.end());
    assertEquals(" indeed", app.readings().get(0).text());
    assertEquals(Inline.VariantType.ADDITION, app.type());
  }

  @Test
  void aPlaceInsideANameWidensToTheWholeName() {
    Transcript base = Texts.structure("We must first of all settle the question of Comrade Trotsky now.");
    Paragraph p = base.paragraphs().findFirst().orElseThrow();
    int at = p.text().text().indexOf("Comrade Trotsky");
    Inline name = new Inline.Name(at, at + "Comrade Trotsky".length(), Inline.NameKind.PERSON, "trotsky",
        Inline.Decision.builder("high"));
    Transcript named = base.mapParagraphs(x -> x.with(name));
    Inline.App app = only(collate(named, "We must first of all settle the question of Comrade L. Trotsky now."));
    assertEquals(at, app.start());
    assertEquals(name.end(), app.end());
    assertEquals("Comrade L. Trotsky", app.readings().get(0).text());
    assertTrue(named.paragraphs().findFirst().orElseThrow().with(app).canAdd(app.start(), app.end()));
  }

  @Test
  void theEditorsChoiceIsRecordedOnThePlace() throws Exception {
    EditionConfig config = new org.recensio.config.ConfigReader().parse("t.yaml",
        "lemmata: [{text: question, siglum: B}]\n");
    Transcript base = Texts.structure("We must first of all settle the question of the trade unions now.");
    List<org.recensio.model.TextBlock> blocks = Texts.structure(
        "We must first of all settle the problem of the trade unions now.").paragraphs().map(Paragraph::text).toList();
    Transcript t = new Collator(config).collate(base, "A", List.of(new WitnessText("B", blocks)), new DiagnosticSink());
    Inline.App app = only(t);
    assertEquals(Optional.of("B"), app.chosen());
    assertEquals(new Resp("editor"), app.decision().resp());
  }

  @Test
  void withoutWitnessesNothingChanges() {
    Transcript base = Texts.structure("We must first of all settle the question of the trade unions now.");
    assertEquals(base, new Collator(EditionConfig.defaults()).collate(base, "A", List.of(), new DiagnosticSink()));
  }
}
