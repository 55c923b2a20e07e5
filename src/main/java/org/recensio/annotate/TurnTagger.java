package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.StageDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Block;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Register;
import org.recensio.model.Transcript;

/**
 * Finds the turns of a transcript that is a sequence of them: a body paragraph opening with a
 * speaker label in capitals or with a title ("THE CHAIRMAN:", "Mr. LINCOLN:", "The PRESIDENT.—")
 * gets a {@link Inline.SpeakerLabel} over the label and its separator, and the encoder starts a
 * new {@code sp} there. A transcript counts as turns only when {@link SpeakerRules#minTurns()}
 * paragraphs open with a person's label; otherwise such labels are left to the
 * {@link InterjectionTagger}. The editor's {@code stages:} decisions of type "turn" (with
 * {@code who}) and "none", on the label as printed, confirm or undo each.
 */
public final class TurnTagger {
  private final StageDecisions decisions;
  private final SpeakerLabels labels;
  private final Speakers speakers;
  private final SpeakerRules rules;
  private final EditionConfig config;

  public TurnTagger(EditionConfig config, SpeakerRules rules) {
    this.decisions = new StageDecisions(config.stages());
    this.labels = new SpeakerLabels(rules);
    this.speakers = new Speakers(rules);
    this.rules = rules;
    this.config = config;
  }

  /** A paragraph's opening label and the editor's decision on it. */
  private record Candidate(SpeakerLabels.Label label, Optional<StageDecision> decision) {
    boolean undone() {
      return decision.map(d -> !d.type().equals("turn")).orElse(false);
    }
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    List<Optional<Candidate>> candidates = t.body().stream().map(b -> candidate(b, sink)).toList();
    long people = candidates.stream().flatMap(Optional::stream)
        .filter(c -> c.decision().isEmpty() && !c.label().isGroup()).count();
    boolean turns = people >= rules.minTurns();
    if (turns) {
      sink.report(Diagnostic.of("STG003", Severity.INFO, firstSpan(t), people));
    }
    Register register = t.register();
    List<Block> body = new ArrayList<>(t.body().size());
    for (int i = 0; i < t.body().size(); i++) {
      Block b = t.body().get(i);
      Optional<Candidate> c = candidates.get(i).filter(x -> !x.undone() && (turns || x.decision().isPresent()));
      if (c.isPresent() && b instanceof Paragraph p) {
        Speakers.Resolved who = who(register, c.get());
        register = who.register();
        Inline.Decision decision = c.get().decision().isPresent() ? Inline.Decision.editor(config.editorResp())
            : Inline.Decision.builder(c.get().label().kind() == SpeakerLabels.Kind.CAPITALS ? "high" : "medium");
        b = p.with(new Inline.SpeakerLabel(0, c.get().label().separatorEnd(), who.id(), decision));
      }
      body.add(b);
    }
    return t.withBody(body).withRegister(register);
  }

  private Speakers.Resolved who(Register register, Candidate c) {
    String role = labels.isChair(c.label().name()) ? "chair" : "speaker";
    Optional<String> id = c.decision().map(StageDecision::who);
    return id.isPresent() ? speakers.named(register, id.get(), c.label().name(), role, config.editorResp())
        : speakers.resolve(register, c.label().name(), role);
  }

  /** The label opening a body paragraph: the editor's turn decision there, else the heuristic's. */
  private Optional<Candidate> candidate(Block b, DiagnosticSink sink) {
    if (!(b instanceof Paragraph p)) {
      return Optional.empty();
    }
    String text = p.text().text();
    for (StageDecisions.Placed d : decisions.placed(p, "turn")) {
      Optional<SpeakerLabels.Label> forced = d.start() == 0 ? forcedLabel(text, d.end()) : Optional.empty();
      if (forced.isEmpty() || !p.canAdd(0, d.end())) {
        sink.report(Diagnostic.of("STG005", Severity.WARNING, p.text().spanOf(d.start(), d.end()), d.decision().text()));
      } else {
        return Optional.of(new Candidate(forced.get(), Optional.of(d.decision())));
      }
    }
    Optional<SpeakerLabels.Label> label = labels.at(text, 0, text.length())
        .filter(l -> l.kind() != SpeakerLabels.Kind.PLAIN && p.canAdd(0, l.separatorEnd()));
    return label.map(l -> new Candidate(l, decisions.at(p, 0, l.separatorEnd())));
  }

  /** The editor's label, up to {@code end}: its name is the text without the separator. */
  private Optional<SpeakerLabels.Label> forcedLabel(String text, int end) {
    Optional<SpeakerLabels.Label> read = labels.at(text, 0, end).filter(l -> l.separatorEnd() == end);
    if (read.isPresent()) {
      return read;
    }
    String name = org.recensio.model.Whitespace.collapse(text.substring(0, end)).replaceAll("[\\s:.—–]+$", "");
    return name.isEmpty() ? Optional.empty()
        : Optional.of(new SpeakerLabels.Label(0, end, end, name, SpeakerLabels.Kind.PLAIN));
  }

  private static org.recensio.model.SourceSpan firstSpan(Transcript t) {
    return t.bodyParagraphs().findFirst().map(p -> p.text().spanOf(0))
        .orElse(new org.recensio.model.SourceSpan(t.source().name(), 1, 1, 1, 1));
  }
}
