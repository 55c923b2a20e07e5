package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.model.Layout;
import org.recensio.model.Resp;
import org.recensio.testing.Texts;

class LayoutDetectorTest {
  private static final String[] WRAPPED = {
      "Comrades, I must first of all apologise for departing from the rules of",
      "procedure, for anyone wishing to take part in the debate should have heard",
      "the report, the second report and the speeches. I am so unwell, that I",
      "have been unable to do this.",
      "But I was able yesterday to read the principal printed documents and to",
      "prepare my remarks. This departure from the rules will naturally cause you",
      "some inconvenience; not having heard the other speeches, I may go over old",
      "ground."};

  private final LayoutDetector detector = new LayoutDetector();

  private Layout detect(String text) {
    return detector.detect(Texts.source(text), EditionConfig.defaults().layout(), new Resp("ed"));
  }

  @Test
  void blankLineAfterEveryLineIsSpaced() {
    Layout l = detect(Texts.spaced(WRAPPED));
    assertEquals(Layout.Kind.SPACED, l.kind());
    assertEquals(74, l.wrapWidth(), "the longest lines set the width");
    assertEquals(1, l.separator());
    assertEquals(Resp.BUILDER, l.resp());
  }

  @Test
  void blankLinesOnlyBetweenParagraphsIsBlocks() {
    String text = String.join("\n", java.util.Arrays.copyOfRange(WRAPPED, 0, 4)) + "\n\n"
        + String.join("\n", java.util.Arrays.copyOfRange(WRAPPED, 4, 8)) + "\n";
    assertEquals(Layout.Kind.BLOCKS, detect(text).kind());
  }

  @Test
  void unwrappedParagraphsAreLines() {
    String text = "A short opening line.\n"
        + "A much longer paragraph that goes on and on, well beyond any wrap width a transcriber would use, "
        + "because it was never wrapped at all and carries a whole paragraph on one line.\n"
        + "Another one.\n"
        + "And a fourth paragraph of middling length, neither short nor long.\n";
    Layout l = detect(text);
    assertEquals(Layout.Kind.LINES, l.kind());
    assertEquals(0, l.wrapWidth());
  }

  @Test
  void theEditorMayFixTheLayout() {
    EditionConfig.LayoutConfig cfg = new EditionConfig.LayoutConfig("blocks", 72, null, null, null, null);
    Layout l = detector.detect(Texts.source(Texts.spaced(WRAPPED)), cfg, new Resp("ed"));
    assertEquals(Layout.Kind.BLOCKS, l.kind());
    assertEquals(72, l.wrapWidth());
    assertEquals(new Resp("ed"), l.resp());
  }
}
