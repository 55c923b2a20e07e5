package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * Marks audience reactions, "(Applause.)", "[Cheers.]", "(Prolonged, stormy applause.)", as
 * stage directions of type audience with their categories. A parenthesis is a reaction by its
 * words ({@link ReactionRules}), never by its place; the editor's {@code stages:} decisions come
 * first: "audience" makes a printed text a reaction (with the categories given, or those the
 * words suggest), "none" and "interjection" keep the heuristics away from it.
 */
public final class ReactionTagger {
  private final StageDecisions decisions;
  private final ReactionClassifier classifier;
  private final Inline.Decision editor;

  public ReactionTagger(EditionConfig config, ReactionRules rules) {
    this.decisions = new StageDecisions(config.stages());
    this.classifier = new ReactionClassifier(rules);
    this.editor = Inline.Decision.editor(config.editorResp());
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    return Body.map(t, p -> paragraph(p, sink));
  }

  private Paragraph paragraph(Paragraph p, DiagnosticSink sink) {
    List<Inline> stages = new ArrayList<>(p.inlines().stream().filter(i -> i instanceof Inline.Stage).toList());
    List<Inline> added = new ArrayList<>();
    for (StageDecisions.Placed d : decisions.placed(p, "audience")) {
      if (Body.overlaps(stages, d.start(), d.end()) || !p.canAdd(d.start(), d.end())) {
        sink.report(Diagnostic.of("STG004", Severity.WARNING, p.text().spanOf(d.start(), d.end()), d.decision().text()));
        continue;
      }
      String printed = p.text().text().substring(d.start(), d.end());
      String rend = Brackets.rendOf(printed);
      List<String> categories = d.decision().reactions().isEmpty()
          ? suggested(printed.substring(rend.isEmpty() ? 0 : 1, printed.length() - (rend.isEmpty() ? 0 : 1)))
          : d.decision().reactions();
      added.add(new Inline.Stage(d.start(), d.end(), Inline.StageType.AUDIENCE, rend, categories, editor));
      stages.add(added.get(added.size() - 1));
    }
    for (Brackets.Pair pair : Brackets.in(p.text().text())) {
      if (!Body.overlaps(stages, pair.start(), pair.end()) && decisions.at(p, pair.start(), pair.end()).isEmpty()
          && p.canAdd(pair.start(), pair.end())) {
        heuristic(p, pair, sink).ifPresent(added::add);
      }
    }
    return added.isEmpty() ? p : p.withAll(added);
  }

  private java.util.Optional<Inline> heuristic(Paragraph p, Brackets.Pair pair, DiagnosticSink sink) {
    String content = p.text().text().substring(pair.contentStart(), pair.contentEnd());
    ReactionClassifier.Verdict v = classifier.classify(content);
    if (v instanceof ReactionClassifier.Reaction r) {
      return java.util.Optional.of(new Inline.Stage(pair.start(), pair.end(), Inline.StageType.AUDIENCE, pair.rend(),
          r.categories(), Inline.Decision.builder(r.cert())));
    }
    if (v instanceof ReactionClassifier.NearMiss n) {
      sink.report(Diagnostic.of("STG001", Severity.INFO, p.text().spanOf(pair.start(), pair.end()), n.keyword(),
          n.stray()));
    }
    return java.util.Optional.empty();
  }

  /** The categories the words suggest, for an editor's reaction that names none. */
  private List<String> suggested(String content) {
    ReactionClassifier.Verdict v = classifier.classify(content);
    if (v instanceof ReactionClassifier.NearMiss n) {
      return n.categories();
    }
    return v instanceof ReactionClassifier.Reaction r ? r.categories() : List.of();
  }
}
