package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.DateValue;
import org.recensio.model.FrontMatter;
import org.recensio.model.LabelledLine;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

class FrontMatterReaderTest {
  private static final String FRONT = Texts.spaced(
      "J. R. Smith",
      "On the Question of Wages",
      "And the Eight-Hour Day",
      "Address Delivered To The Annual Conference Of The Miners' Federation At",
      "Blackpool",
      "March 8-16, 1921",
      "Delivered: 9 March 1921",
      "Translated: by the editors",
      "Source: Speeches, 2nd Edition, Labour Press, London, 1958, Volume 4, pages",
      "101-120",
      "Comrades, it is with great pleasure that I stand before this conference of the",
      "Federation once again, and I must begin by thanking the delegates for the",
      "invitation.");

  @Test
  void readsEachKindOfFrontLineInPlace() {
    Transcript t = Texts.structure(FRONT);
    FrontMatter f = t.front();
    assertEquals("J. R. Smith", f.author().orElseThrow().text().text());
    assertEquals(2, f.titleLines().size());
    assertEquals(1, f.occasion().size());
    assertEquals(DateValue.range("1921-03-08", "1921-03-16"), f.date().orElseThrow());
    assertEquals(List.of("delivered", "translated", "source"), f.labelled().stream().map(LabelledLine::key).toList());
    assertEquals("Labour Press", f.bibliography().orElseThrow().publisher().orElseThrow());
    assertEquals(1, t.body().size());
  }

  @Test
  void anUnknownLabelNextToKnownOnesIsKeptAndReported() {
    String text = Texts.spaced("A Speech", "December 1, 1920", "Source: Works, 1950", "Scanned By: volunteers",
        "The speech itself begins here and runs on for quite a while before it ends.");
    DiagnosticSink sink = new DiagnosticSink();
    Transcript t = Texts.structure(text, EditionConfig.defaults(), sink);
    assertEquals("scannedBy", t.front().labelled().get(1).key());
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("FRM001")));
  }

  @Test
  void theEditorSetsWhereTheFrontMatterEnds() {
    EditionConfig config = Configs.yaml("front:", "  lastLine: 3", "  titleLines: 1", "  authorLine: true");
    Transcript t = Texts.structure(Texts.spaced("Author Name", "The Title", "First words of the speech."), config,
        new DiagnosticSink());
    assertEquals(1, t.front().titleLines().size());
    assertEquals(1, t.body().size());
  }
}
