package org.recensio.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.EmbeddedConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Block;
import org.recensio.model.EmbeddedDocument;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;

/**
 * Groups a run of paragraphs numbered "1.", "2.", "3." … (at least three) into an embedded
 * document. The paragraph before the run is its heading when it is a short unfinished line. A
 * heading that runs into the preceding paragraph is split off where the editor's configuration
 * says it starts. Unnumbered paragraphs between units belong to the unit before them.
 */
public final class EmbeddedDocumentFinder {
  private static final int MIN_UNITS = 3;
  private final BreakRules rules = BreakRules.DEFAULT;

  public List<Block> find(List<Paragraph> body, EditionConfig config, DiagnosticSink sink) {
    List<Paragraph> ps = splitConfiguredHeadings(body, config, sink);
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < ps.size()) {
      int runEnd = run(ps, i, config);
      if (runEnd < 0) {
        out.add(ps.get(i));
        i++;
        continue;
      }
      Optional<EmbeddedConfig> cfg = configured(ps, i, config);
      Optional<Paragraph> head = head(out, cfg);
      out.add(document(ps.subList(i, runEnd), head, cfg, config, sink));
      i = runEnd;
    }
    return out;
  }

  /** The end (exclusive) of a run of numbered units starting with "1." at {@code i}, or -1. */
  private int run(List<Paragraph> ps, int i, EditionConfig config) {
    if (rules.unitNumber(ps.get(i).text().text()) != 1) {
      return -1;
    }
    int expected = 2;
    int lastUnitEnd = i + 1;
    int lastLine = configured(ps, i, config).map(EmbeddedConfig::lastLine).orElse(0);
    for (int j = i + 1; j < ps.size(); j++) {
      int n = rules.unitNumber(ps.get(j).text().text());
      if (n == expected) {
        expected++;
        lastUnitEnd = j + 1;
      } else if (n > 0 && n != expected) {
        break;
      } else if (lastLine > 0 && ps.get(j).text().lastLine() <= lastLine) {
        lastUnitEnd = j + 1;
      }
    }
    return expected - 1 >= MIN_UNITS ? lastUnitEnd : -1;
  }

  private static Optional<EmbeddedConfig> configured(List<Paragraph> ps, int i, EditionConfig config) {
    int line = ps.get(i).text().firstLine();
    return config.embedded().stream()
        .filter(e -> e.headingStart() != null)
        .filter(e -> ps.subList(0, i).stream().anyMatch(p -> p.text().text().replace('\n', ' ').contains(e.headingStart())))
        .filter(e -> line > 0)
        .reduce((a, b) -> b);
  }

  /** The heading: the configured split-off paragraph, or a short paragraph just before the run. */
  private static Optional<Paragraph> head(List<Block> out, Optional<EmbeddedConfig> cfg) {
    if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Paragraph prev)) {
      return Optional.empty();
    }
    String t = prev.text().text();
    boolean configuredHead = cfg.isPresent() && t.replace('\n', ' ').startsWith(cfg.get().headingStart());
    boolean shortHead = !t.contains("\n") && !LostTextRule.endsComplete(t) && !prev.endsInGap()
        && !LineText.hasSentenceInside(t);
    if (configuredHead || shortHead) {
      out.remove(out.size() - 1);
      return Optional.of(prev);
    }
    return Optional.empty();
  }

  private EmbeddedDocument document(List<Paragraph> ps, Optional<Paragraph> head, Optional<EmbeddedConfig> cfg,
      EditionConfig config, DiagnosticSink sink) {
    List<EmbeddedDocument.Unit> units = new ArrayList<>();
    List<Paragraph> current = new ArrayList<>();
    String n = null;
    for (Paragraph p : ps) {
      var m = rules.numberedUnit().matcher(p.text().text());
      if (m.find()) {
        if (n != null) {
          units.add(new EmbeddedDocument.Unit(n, current));
        }
        n = m.group(1);
        current = new ArrayList<>();
        current.add(p.with(new Inline.Label(0, m.end(1) + 1)));
      } else {
        current.add(p);
      }
    }
    units.add(new EmbeddedDocument.Unit(n, current));
    sink.report(Diagnostic.of("EMB001", Severity.INFO, ps.get(0).text().spanOf(0), units.size()));
    String type = cfg.map(EmbeddedConfig::type).filter(t -> t != null).orElse("document");
    Resp resp = cfg.isPresent() ? config.editorResp() : Resp.BUILDER;
    return new EmbeddedDocument(type, head, units, resp);
  }

  /** Splits paragraphs where a configured heading starts inside them. */
  private static List<Paragraph> splitConfiguredHeadings(List<Paragraph> body, EditionConfig config, DiagnosticSink sink) {
    List<Paragraph> out = new ArrayList<>(body);
    for (EmbeddedConfig e : config.embedded()) {
      if (e.headingStart() == null) {
        continue;
      }
      boolean found = false;
      for (int i = 0; i < out.size() && !found; i++) {
        Paragraph p = out.get(i);
        int at = HeadingSplitter.indexOf(p.text().text(), e.headingStart());
        if (at >= 0) {
          out.remove(i);
          out.addAll(i, HeadingSplitter.split(p, at, config.editorResp()));
          found = true;
        }
      }
      if (!found && !body.isEmpty()) {
        sink.report(Diagnostic.of("EMB002", Severity.WARNING, body.get(0).text().spanOf(0), e.headingStart()));
      }
    }
    return out;
  }
}
