package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Note;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

class NotesSectionReaderTest {
  private static final String TEXT = "A Title[1]\n\n"
      + "The body refers to a note here.[2] And to another one [4b] there.\n\n"
      + "[1] The first note, with a reference to R.C.P. [2] inside it.\n\n"
      + "It has a second paragraph.\n\n"
      + "[2]The second note has no space after its label.\n\n"
      + "[4b] A lettered note.\n";

  @Test
  void notesStartAtTheFirstLabelAndTakeTheirParagraphs() {
    Transcript t = Texts.structure(TEXT);
    assertEquals(List.of("1", "2", "4b"), t.notes().stream().map(Note::id).toList());
    assertEquals(2, t.notes().get(0).paragraphs().size());
    assertEquals("n4b", t.notes().get(2).xmlId());
  }

  @Test
  void aRepeatedLabelIsReportedAndKept() {
    DiagnosticSink sink = new DiagnosticSink();
    Transcript t = Texts.structure(TEXT + "\n[2] Again.\n", EditionConfig.defaults(), sink);
    assertEquals(3, t.notes().size());
    assertEquals(2, t.notes().get(2).paragraphs().size());
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("NOT003")));
  }

  @Test
  void theEditorSetsWhereTheNotesStart() {
    EditionConfig config = Configs.yaml("notes:", "  startLine: 9");
    Transcript t = Texts.structure(TEXT, config, new DiagnosticSink());
    assertEquals(List.of("2", "4b"), t.notes().stream().map(Note::id).toList());
  }
}
