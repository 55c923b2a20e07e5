package org.recensio.annotate;

import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.StageDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.SourceSpan;
import org.recensio.model.Transcript;

/**
 * Who speaks and how the hall reacts, in this order: turns ({@link TurnTagger}), interjections
 * ({@link InterjectionTagger}), audience reactions ({@link ReactionTagger}); then a warning for
 * each of the editor's {@code stages:} decisions whose text is printed nowhere in the speech.
 */
public final class StageTagger {
  private final EditionConfig config;
  private final TurnTagger turns;
  private final InterjectionTagger interjections;
  private final ReactionTagger reactions;

  public StageTagger(EditionConfig config) {
    this(config, SpeakerRules.DEFAULT, ReactionRules.DEFAULT);
  }

  public StageTagger(EditionConfig config, SpeakerRules speakerRules, ReactionRules reactionRules) {
    this.config = config;
    this.turns = new TurnTagger(config, speakerRules);
    this.interjections = new InterjectionTagger(config, speakerRules);
    this.reactions = new ReactionTagger(config, reactionRules);
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    Transcript out = reactions.tag(interjections.tag(turns.tag(t, sink), sink), sink);
    for (StageDecision d : config.stages()) {
      if (out.bodyParagraphs().allMatch(p -> StageDecisions.places(p, d).isEmpty())) {
        int line = d.line() == null ? 1 : d.line();
        sink.report(Diagnostic.of("STG002", Severity.WARNING, new SourceSpan(t.source().name(), line, 1, line, 1),
            d.text(), d.line() == null ? "any line" : "line " + d.line()));
      }
    }
    return out;
  }
}
