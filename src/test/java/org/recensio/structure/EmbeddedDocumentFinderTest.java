package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.EmbeddedDocument;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;

class EmbeddedDocumentFinderTest {
  private static final String TEXT = "Let me read it to you. Resolution of the Conference\n\n"
      + "1. The first point.\n\n2. The second point.\n\nIt has a second paragraph.\n\n3. The third point.\n\n"
      + "That is all I wanted to read.\n";

  private static Transcript structure(String text, EditionConfig config) {
    return org.recensio.testing.Texts.structure(text, config, new DiagnosticSink());
  }

  @Test
  void aRunOfNumberedParagraphsBecomesAnEmbeddedDocument() {
    Transcript t = structure(TEXT, EditionConfig.defaults());
    assertEquals(3, t.body().size());
    EmbeddedDocument d = assertInstanceOf(EmbeddedDocument.class, t.body().get(1));
    assertEquals(List.of("1", "2", "3"), d.units().stream().map(EmbeddedDocument.Unit::n).toList());
    assertEquals(2, d.units().get(1).paragraphs().size());
    assertTrue(d.head().isEmpty(), "the paragraph before is a full sentence, not a heading");
    assertEquals(Resp.BUILDER, d.resp());
    assertInstanceOf(Paragraph.class, t.body().get(2));
  }

  @Test
  void aHeadingThatRunsIntoTheParagraphBeforeIsSplitOffWhereTheEditorSays() {
    EditionConfig config = Configs.yaml("embedded:", "  - headingStart: Resolution of the", "    type: resolution");
    Transcript t = structure(TEXT, config);
    assertEquals("Let me read it to you.", ((Paragraph) t.body().get(0)).text().text());
    EmbeddedDocument d = (EmbeddedDocument) t.body().get(1);
    assertEquals("Resolution of the Conference", d.head().orElseThrow().text().text());
    assertEquals("resolution", d.type());
    assertEquals(new Resp("editor"), d.resp());
  }

  @Test
  void twoNumberedParagraphsAreNotADocument() {
    Transcript t = structure("Intro here.\n\n1. One.\n\n2. Two.\n\nEnd.\n", EditionConfig.defaults());
    assertTrue(t.body().stream().allMatch(b -> b instanceof Paragraph));
  }
}
