package org.recensio.collate;

import java.util.List;
import java.util.Map;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Whitespace;

/**
 * Applies the editor's choices of another witness's reading as the lemma ({@code lemmata} in the
 * configuration): the place is found by the copy text's source line where it starts and the copy
 * text's words there; a choice that matches no place, or names a witness without a reading there,
 * is reported (COL002).
 */
final class LemmaChoices {
  private final EditionConfig config;
  private final DiagnosticSink sink;

  LemmaChoices(EditionConfig config, DiagnosticSink sink) {
    this.config = config;
    this.sink = sink;
  }

  void apply(Map<Paragraph, List<Inline.App>> apps) {
    for (EditionConfig.LemmaDecision d : config.lemmata()) {
      boolean applied = false;
      for (Map.Entry<Paragraph, List<Inline.App>> e : apps.entrySet()) {
        List<Inline.App> list = e.getValue();
        for (int k = 0; k < list.size() && !applied; k++) {
          if (matches(e.getKey(), list.get(k), d)) {
            list.set(k, list.get(k).withChosen(d.siglum(), config.editorResp()));
            applied = true;
          }
        }
      }
      if (!applied) {
        sink.report(Diagnostic.of("COL002", Severity.WARNING, SourceSpan.file("configuration"), d.text(),
            d.line() == null ? "any line" : "line " + d.line(), d.siglum()));
      }
    }
  }

  private static boolean matches(Paragraph p, Inline.App app, EditionConfig.LemmaDecision d) {
    String text = p.text().text();
    boolean line = d.line() == null || p.text().spanOf(app.start()).line() == d.line();
    return line && Whitespace.collapse(text.substring(app.start(), app.end())).equals(Whitespace.collapse(d.text()))
        && app.readings().stream().anyMatch(r -> r.sigla().contains(d.siglum()));
  }
}
