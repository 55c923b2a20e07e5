package org.recensio.annotate;

import java.util.List;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;
import org.recensio.pipeline.Pipeline;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Configs;
import org.recensio.testing.Texts;

/** Test inputs for the stage taggers: a text structured, its register started, its stages tagged. */
final class StagedText {
  private StagedText() {}

  static Transcript tag(String text, EditionConfig config, DiagnosticSink sink) {
    Transcript t = new RegisterBuilder(config).build(Texts.structure(text, config, sink), sink);
    return new StageTagger(config).tag(t, sink);
  }

  static Transcript tag(String text) {
    return tag(text, config(), new DiagnosticSink());
  }

  /**
   * A configuration from YAML lines, with paragraphs separated by blank lines and no front
   * matter, so that a short test text is all speech.
   */
  static EditionConfig config(String... lines) {
    List<String> all = new java.util.ArrayList<>(List.of("layout:", "  kind: blocks", "front:", "  lastLine: 0"));
    all.addAll(List.of(lines));
    return Configs.yaml(all.toArray(String[]::new));
  }

  /** The whole pipeline's TEI for the text. */
  static byte[] tei(String text, EditionConfig config, DiagnosticSink sink) {
    return new Pipeline(config, new BuildInfo("0.0.0", Optional.empty())).run(Texts.source(text), sink).tei();
  }

  /** The inlines of one kind in the speech's paragraphs, in order. */
  static <T extends Inline> List<T> all(Transcript t, Class<T> kind) {
    return t.bodyParagraphs().flatMap(p -> p.inlines().stream()).filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The printed text of an inline of the speech (the first paragraph that holds one like it). */
  static String printed(Transcript t, Inline i) {
    Paragraph p = t.bodyParagraphs().filter(x -> x.inlines().contains(i)).findFirst().orElseThrow();
    return p.text().text().substring(i.start(), i.end());
  }

  static List<String> printed(Transcript t, Class<? extends Inline> kind) {
    return all(t, kind).stream().map(i -> printed(t, i)).toList();
  }
}
