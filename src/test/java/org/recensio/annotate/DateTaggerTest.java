package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.DateValue;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

class DateTaggerTest {
  /** Paragraphs on lines 7, 9, 11, 13; notes from line 15. */
  private static final String SPEECH = String.join("\n\n",
      "V. I. Lenin",
      "On The Trade Unions",
      "December 30, 1920",
      "The plenary meeting was held in November (November 9), and then on December 7.",
      "The resolution of April 1921 said so; on May 3 they met again.",
      "It was abolished in 1937 and revived in 1920-21, from March 8-16, 1921.",
      "A meeting of 15 or 20 members on the May Day question.",
      "Notes",
      "[1] Delivered on December 30, 1920; on December 24 and 27 the group met.") + "\n";

  private final DiagnosticSink sink = new DiagnosticSink();

  private static EditionConfig config(String... lines) {
    List<String> all = new ArrayList<>(List.of("layout:", "  kind: blocks"));
    all.addAll(List.of(lines));
    return Configs.yaml(all.toArray(String[]::new));
  }

  private Transcript tag(EditionConfig config) {
    return new DateTagger(config).tag(Texts.structure(SPEECH, config, sink), sink);
  }

  /** Each date as "printed=value", "?" after a year taken from the context, "!" after the editor's. */
  private static List<String> dates(Paragraph p) {
    return p.inlines().stream().filter(i -> i instanceof Inline.DateRef).map(i -> (Inline.DateRef) i)
        .map(d -> p.text().text().substring(d.start(), d.end()) + "=" + iso(d.value())
            + (d.decision().resp().isEditor() ? "!" : "")).toList();
  }

  private static String iso(DateValue v) {
    String s = v.when().orElseGet(() -> v.from().get() + "/" + v.to().get());
    return v.yearFromContext() ? s + "?" : s;
  }

  private static Paragraph with(Transcript t, String words) {
    return BodyAndNotes.paragraphs(t).filter(p -> p.text().text().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void aDayWithoutItsYearTakesTheDocumentsYearAsAConjecture() {
    assertEquals(List.of("November 9=1920-11-09?", "December 7=1920-12-07?"),
        dates(with(tag(config()), "plenary meeting")));
  }

  @Test
  void aDayWithoutItsYearTakesTheYearOfTheDateBeforeItInTheParagraph() {
    assertEquals(List.of("April 1921=1921-04", "May 3=1921-05-03?"), dates(with(tag(config()), "April 1921")));
  }

  @Test
  void yearsAndRangesOfYearsAndDaysAreDates() {
    assertEquals(List.of("1937=1937", "1920-21=1920/1921", "March 8-16, 1921=1921-03-08/1921-03-16"),
        dates(with(tag(config()), "abolished")));
  }

  @Test
  void numbersAndMonthWordsThatAreNoDatesStayText() {
    assertEquals(List.of(), dates(with(tag(config()), "May Day")));
  }

  @Test
  void notesAreTaggedButTheFrontDateIsTheStructureStages() {
    Transcript t = tag(config());
    assertEquals(List.of("December 30, 1920=1920-12-30", "December 24=1920-12-24?", "27=1920-12-27?"),
        dates(with(t, "Delivered on")));
    assertTrue(t.front().paragraphs().allMatch(p -> p.inlines().isEmpty()));
  }

  @Test
  void theEditorCorrectsADate() {
    Transcript t = tag(config("dates:", "  - {line: 7, text: November 9, when: \"1920-11-08\"}"));
    assertEquals(List.of("November 9=1920-11-08!", "December 7=1920-12-07?"), dates(with(t, "plenary meeting")));
    assertTrue(sink.diagnostics().stream().noneMatch(d -> d.code().startsWith("DAT")));
  }

  @Test
  void theEditorGivesARange() {
    Transcript t = tag(config("dates:", "  - {text: \"in 1937\", from: \"1937-01\", to: \"1937-12\"}"));
    assertEquals("in 1937=1937-01/1937-12!", dates(with(t, "abolished")).get(0));
  }

  @Test
  void theEditorMarksANonDate() {
    Transcript t = tag(config("dates:", "  - {line: 9, text: May 3, none: true}"));
    assertEquals(List.of("April 1921=1921-04"), dates(with(t, "April 1921")));
  }

  @Test
  void aDecisionThatFindsNothingOrHasNoValueIsReported() {
    tag(config("dates:", "  - {line: 3, text: June 1, none: true}", "  - {text: May 3, when: \"1921-13-01\"}"));
    assertEquals(List.of("DAT001", "DAT002"), sink.diagnostics().stream().map(Diagnostic::code)
        .filter(c -> c.startsWith("DAT")).sorted().toList());
  }

  @Test
  void withoutADocumentDateADayWithoutItsYearStaysText() {
    Transcript t = new DateTagger(config()).tag(Texts.structure("We met on November 9 and in 1920.\n",
        config(), sink), sink);
    assertEquals(List.of("1920=1920"), dates(t.bodyParagraphs().findFirst().orElseThrow()));
  }

  @Test
  void isoValuesAreChecked() {
    assertTrue(DateTagger.isoDate("1920"));
    assertTrue(DateTagger.isoDate("1920-11"));
    assertTrue(DateTagger.isoDate("1920-11-09"));
    assertTrue(!DateTagger.isoDate("1920-02-30"));
    assertTrue(!DateTagger.isoDate("1920-13"));
    assertTrue(!DateTagger.isoDate("November 9"));
  }
}
