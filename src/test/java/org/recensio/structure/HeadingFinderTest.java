package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Heading;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

class HeadingFinderTest {
  private static final String TEXT = "Citizens, I shall speak of two things tonight, and I shall try to be\n"
      + "brief, for the hour is late and the hall is cold.\n\n"
      + "II\n\n"
      + "The second thing is the question of wages, which I have kept for the\n"
      + "end because it is the hardest of all the questions before us.\n\n"
      + "The Question Of Hours\n\n"
      + "The third thing is the question of hours, which the employers would\n"
      + "rather we forgot.\n\n"
      + "(Applause.)\n\n"
      + "And so I end.\n";

  @Test
  void aSectionNumberAndATitleCaseLineAreHeadings() {
    Transcript t = Texts.structure(TEXT);
    assertInstanceOf(Paragraph.class, t.body().get(0));
    Heading two = assertInstanceOf(Heading.class, t.body().get(1));
    assertEquals("II", two.paragraph().text().text());
    assertEquals(Resp.BUILDER, two.resp());
    assertInstanceOf(Heading.class, t.body().get(3));
  }

  @Test
  void aReactionStandingAloneIsNoHeading() {
    Transcript t = Texts.structure(TEXT);
    assertInstanceOf(Paragraph.class, t.body().get(5));
  }

  @Test
  void theEditorAddsAndRemovesHeadingsByLine() {
    Transcript t = Texts.structure(TEXT, Configs.yaml("headings:", "  add: [16]", "  remove: [9]"),
        new DiagnosticSink());
    assertInstanceOf(Paragraph.class, t.body().get(3), "line 9 is no heading by the editor's decision");
    Heading added = assertInstanceOf(Heading.class, t.body().get(6));
    assertEquals("And so I end.", added.paragraph().text().text());
    assertEquals(new Resp("editor"), added.resp());
  }
}
