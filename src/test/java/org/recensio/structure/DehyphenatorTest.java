package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.LineSlice;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.TextBlock;

class DehyphenatorTest {
  private final Dehyphenator dehyphenator = new Dehyphenator();

  private static Paragraph para(String text) {
    return Paragraph.plain(new TextBlock("t.txt", text, List.of(new LineSlice(0, 1, 1))), Resp.BUILDER);
  }

  private Inline.LineJoin decide(String text, List<String> elsewhere, EditionConfig config, DiagnosticSink sink) {
    List<Paragraph> all = new java.util.ArrayList<>(elsewhere.stream().map(DehyphenatorTest::para).toList());
    Paragraph p = para(text);
    all.add(p);
    Paragraph out = dehyphenator.apply(List.of(p), Dehyphenator.Vocabulary.of(all), config, sink).get(0);
    return (Inline.LineJoin) out.inlines().get(0);
  }

  @Test
  void joinsWhereTheJoinedWordIsAttested() {
    Inline.LineJoin j = decide("the organi-\nsation of labour", List.of("An organisation."), EditionConfig.defaults(),
        new DiagnosticSink());
    assertTrue(j.joined());
    assertEquals(Resp.BUILDER, j.resp());
    assertEquals(10, j.start());
    assertEquals(12, j.end());
  }

  @Test
  void keepsACompoundThatIsAttestedWithItsHyphen() {
    assertEquals(false, decide("a non-\nproletarian mass", List.of("non-proletarian"), EditionConfig.defaults(),
        new DiagnosticSink()).joined());
  }

  @Test
  void keepsAndReportsWhatIsNotAttested() {
    DiagnosticSink sink = new DiagnosticSink();
    assertEquals(false, decide("the trade union-\nmovement", List.of(), EditionConfig.defaults(), sink).joined());
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("LAY002")));
  }

  @Test
  void theEditorDecidesEitherWay() {
    EditionConfig join = ParagrapherTest.withLayout(
        new EditionConfig.LayoutConfig(null, null, null, null, List.of("unionmovement"), null), null);
    Inline.LineJoin j = decide("the trade union-\nmovement", List.of(), join, new DiagnosticSink());
    assertTrue(j.joined());
    assertEquals(new Resp("editor"), j.resp());
    EditionConfig keep = ParagrapherTest.withLayout(
        new EditionConfig.LayoutConfig(null, null, null, null, null, List.of("organisation")), null);
    Inline.LineJoin k = decide("the organi-\nsation", List.of("organisation"), keep, new DiagnosticSink());
    assertEquals(false, k.joined());
    assertEquals(new Resp("editor"), k.resp());
  }
}
