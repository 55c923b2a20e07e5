package org.recensio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.ingest.Decoder;
import org.recensio.model.Whitespace;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Tei;

/** Issue 2: a transcript that is one huge paragraph builds in linear time (inline tagging skipped). */
class OversizeParagraphsTest {
  @Test
  void aHugeParagraphKeepsItsTextAndNoteLinksButIsNotTaggedInline() throws Exception {
    StringBuilder sb = new StringBuilder("A Title[1]\n\n");
    while (sb.length() < OversizeParagraphs.LIMIT + 1000) {
      sb.append("Comrade Trotsky said “this” on December 30, 1920. (Applause.) The Centrai Committee met[1]\n");
    }
    sb.append("\n[1] A note.\n");
    String source = sb.toString();
    DiagnosticSink sink = new DiagnosticSink();
    var text = new Decoder().decode("huge.txt", source.getBytes(StandardCharsets.UTF_8), sink);
    byte[] tei = new Pipeline(EditionConfig.defaults(), new BuildInfo("0.0.0", Optional.empty())).run(text, sink).tei();
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("ANN001")));
    Tei t = Tei.parse(tei);
    assertEquals(0, t.count("//t:body//(t:stage | t:q | t:soCalled | t:persName | t:date | t:choice)"));
    assertTrue(t.count("//t:body//t:ref[@type='noteAnchor']") > 1000, "note markers are still linked");
    String exported = new TextExporter().export(tei, "huge.tei.xml", View.DIPLOMATIC);
    assertEquals(Whitespace.strip(source), Whitespace.strip(exported));
  }
}
