package org.recensio.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.EmendationDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Transcript;

/**
 * Emends OCR and typing errors. The {@link EmendationDetector}'s high-confidence proposals become
 * {@code choice/sic+corr[@resp='#recensio'][@cert='high']} (EMD002); the others are only
 * reported (EMD001). The configuration's {@code emendations} decide: "accept" applies the
 * proposal, or the editor's {@code corr}, with the editor's resp (and cert "high") (also where the detector
 * proposed nothing); "reject" leaves the printed form and stops reporting it; "undecided" only
 * reports it. An accepted emendation that is not found in the text is a warning (EMD003).
 */
public final class OcrTagger {
  private final EditionConfig config;
  private final OcrRules rules;
  private final WordList words;

  public OcrTagger(EditionConfig config) {
    this(config, OcrRules.DEFAULT, WordList.defaults());
  }

  public OcrTagger(EditionConfig config, OcrRules rules, WordList words) {
    this.config = config;
    this.rules = rules;
    this.words = words;
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    EmendationDetector detector = EmendationDetector.of(t, rules, words);
    Set<EmendationDecision> used = new HashSet<>();
    Transcript out = t.mapParagraphs(p -> emend(p, detector.in(p), used, sink));
    for (EmendationDecision d : config.emendations()) {
      if (d.accepted() && !used.contains(d)) {
        sink.report(Diagnostic.of("EMD003", Severity.WARNING, SourceSpan.file(t.source().name()),
            d.sic(), d.line() == null ? "any" : d.line()));
      }
    }
    return out;
  }

  /** The editor's decision on a proposal, if the configuration has one. */
  public static Optional<EmendationDecision> decision(EditionConfig config, Paragraph p, Proposal proposal) {
    return Decisions.find(config.emendations(), p, proposal.start(), proposal.end(), EmendationDecision::line,
        EmendationDecision::sic);
  }

  private Paragraph emend(Paragraph p, List<Proposal> proposals, Set<EmendationDecision> used, DiagnosticSink sink) {
    List<Inline> added = new ArrayList<>();
    Paragraph current = p;
    for (Proposal pr : proposals) {
      Optional<EmendationDecision> d = decision(config, p, pr);
      d.ifPresent(used::add);
      Optional<Inline> e = d.isPresent() ? editors(d.get(), pr.start(), pr.end(), pr.proposed()) : builders(pr);
      if (e.isPresent() && current.canAdd(pr.start(), pr.end())) {
        current = current.with(e.get());
        added.add(e.get());
        if (d.isEmpty()) {
          sink.report(Diagnostic.of("EMD002", Severity.INFO, pr.span(), pr.printed(), pr.proposed(), pr.reason()));
        }
      } else if (d.isEmpty() || !d.get().rejected()) {
        sink.report(Diagnostic.of("EMD001", Severity.INFO, pr.span(), pr.printed(), pr.proposed(),
            pr.confidence().token(), pr.reason()));
      }
    }
    return editorOnly(current, used);
  }

  private static Optional<Inline> builders(Proposal pr) {
    return pr.confidence() == Proposal.Confidence.HIGH
        ? Optional.of(new Inline.Emendation(pr.start(), pr.end(), pr.proposed(), Inline.Decision.builder("high")))
        : Optional.empty();
  }

  private Optional<Inline> editors(EmendationDecision d, int start, int end, String proposed) {
    if (!d.accepted()) {
      return Optional.empty();
    }
    String corr = d.corr() == null ? proposed : d.corr();
    return Optional.of(new Inline.Emendation(start, end, corr, editorDecision()));
  }

  /**
   * The editor's decision. ENCODING.md §2 and schema/recensio.rng require {@code corr/@cert}: an
   * emendation the editor accepted is certain ("high").
   */
  private Inline.Decision editorDecision() {
    return new Inline.Decision(config.editorResp(), Optional.of("high"));
  }

  /** Accepted emendations of places the detector did not propose (the editor's own finds). */
  private Paragraph editorOnly(Paragraph p, Set<EmendationDecision> used) {
    Paragraph current = p;
    for (EmendationDecision d : config.emendations()) {
      if (!d.accepted() || d.corr() == null || used.contains(d)) {
        continue;
      }
      Matcher m = printed(d.sic()).matcher(p.text().text());
      while (m.find()) {
        boolean onLine = d.line() == null || p.text().spanOf(m.start()).line() == d.line();
        if (onLine && current.canAdd(m.start(), m.end())) {
          current = current.with(new Inline.Emendation(m.start(), m.end(), d.corr(), editorDecision()));
          used.add(d);
          break;
        }
      }
    }
    return current;
  }

  /** The printed form as a pattern: whole words, any whitespace where it has a space. */
  private static Pattern printed(String sic) {
    String[] parts = sic.trim().split("\\s+");
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < parts.length; i++) {
      re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.append("(?![\\p{L}\\p{N}])").toString());
  }
}
