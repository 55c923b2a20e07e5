package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.StageDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Register;
import org.recensio.model.Transcript;

/**
 * Marks interjections: someone present speaks into the speech, "(Ryazanov : “Soviet
 * anti-Brestism.”)", "(A VOICE: Shame!)", or, inside a paragraph after a sentence, "A VOICE:
 * Never!", "Mr. Douglas—That is not so." Each becomes a stage direction of type interjection
 * holding the printed label (a name for a person) and the words said; the speaker gets a register
 * entry. The editor's {@code stages:} decisions of type "interjection" come first (with {@code
 * who}, the register id of the speaker); places with any other decision are left alone.
 */
public final class InterjectionTagger {
  private static final Pattern AFTER_SENTENCE = Pattern.compile("(?<=[.!?…”\"’)\\]])\\s+");

  private final StageDecisions decisions;
  private final SpeakerLabels labels;
  private final Speakers speakers;
  private final EditionConfig config;

  public InterjectionTagger(EditionConfig config, SpeakerRules rules) {
    this.decisions = new StageDecisions(config.stages());
    this.labels = new SpeakerLabels(rules);
    this.speakers = new Speakers(rules);
    this.config = config;
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    boolean turns = t.bodyParagraphs().flatMap(p -> p.inlines().stream()).anyMatch(i -> i instanceof Inline.SpeakerLabel);
    Run run = new Run(t.register(), turns, sink);
    Transcript out = Body.map(t, run::paragraph);
    return out.withRegister(run.register);
  }

  /** One pass over a transcript: the register grows as speakers are found. */
  private final class Run {
    private Register register;
    private final boolean turns;
    private final DiagnosticSink sink;

    Run(Register register, boolean turns, DiagnosticSink sink) {
      this.register = register;
      this.turns = turns;
      this.sink = sink;
    }

    Paragraph paragraph(Paragraph p) {
      Paragraph out = p;
      for (StageDecisions.Placed d : decisions.placed(p, "interjection")) {
        String rend = Brackets.rendOf(p.text().text().substring(d.start(), d.end()));
        Optional<Paragraph> tagged = tag(out, d.start(), d.end(), rend, Optional.of(d.decision()));
        if (tagged.isEmpty()) {
          sink.report(Diagnostic.of("STG004", Severity.WARNING, p.text().spanOf(d.start(), d.end()), d.decision().text()));
        }
        out = tagged.orElse(out);
      }
      for (Brackets.Pair pair : Brackets.in(p.text().text())) {
        out = heuristic(out, pair.start(), pair.end(), pair.rend());
      }
      for (int at : sentenceStarts(p.text().text())) {
        Optional<SpeakerLabels.Label> label = labels.at(p.text().text(), at, p.text().text().length())
            .filter(l -> l.kind() != SpeakerLabels.Kind.PLAIN);
        if (label.isPresent()) {
          out = heuristic(out, at, wordsEnd(p.text().text(), label.get().separatorEnd()), "");
        }
      }
      return out;
    }

    private List<Integer> sentenceStarts(String text) {
      List<Integer> out = new ArrayList<>();
      if (!turns) {
        out.add(0);
      }
      Matcher m = AFTER_SENTENCE.matcher(text);
      while (m.find()) {
        out.add(m.end());
      }
      return out;
    }

    private Paragraph heuristic(Paragraph p, int start, int end, String rend) {
      boolean taken = Body.overlaps(p.inlines().stream().filter(i -> i instanceof Inline.Stage
          || i instanceof Inline.SpeakerLabel).toList(), start, end);
      if (start >= end || taken || decisions.at(p, start, end).isPresent()) {
        return p;
      }
      return tag(p, start, end, rend, Optional.empty()).orElse(p);
    }

    /** The paragraph with the interjection from start to end marked, if it has a speaker and words. */
    private Optional<Paragraph> tag(Paragraph p, int start, int end, String rend, Optional<StageDecision> d) {
      String text = p.text().text();
      int from = skipSpace(text, start + (rend.isEmpty() ? 0 : 1));
      int to = trimSpace(text, from, end - (rend.isEmpty() ? 0 : 1));
      Optional<SpeakerLabels.Label> label = labels.at(text, from, to);
      int words = skipSpace(text, label.map(SpeakerLabels.Label::separatorEnd).orElse(from));
      if (words >= to || label.isEmpty() && d.map(StageDecision::who).isEmpty()) {
        return Optional.empty();
      }
      String printed = label.map(SpeakerLabels.Label::name).orElse("");
      Speakers.Resolved who = d.map(StageDecision::who).isPresent()
          ? speakers.named(register, d.get().who(), printed, "interjector", config.editorResp())
          : speakers.resolve(register, printed, "interjector");
      Inline.Decision decision = d.isPresent() ? Inline.Decision.editor(config.editorResp())
          : Inline.Decision.builder(rend.isEmpty() ? "medium" : "high");
      List<Inline> inlines = new ArrayList<>();
      inlines.add(new Inline.Stage(start, end, Inline.StageType.INTERJECTION, rend, List.of(), decision));
      boolean person = who.register().byId(who.id()).map(e -> e.kind() == Register.Kind.PERSON).orElse(false);
      if (label.isPresent() && person) {
        inlines.add(new Inline.Name(label.get().start(), label.get().end(), Inline.NameKind.PERSON, who.id(), decision));
      }
      inlines.add(new Inline.Said(words, to, who.id(), true, quoteRend(text.substring(words, to))));
      Optional<Paragraph> out = nested(p, inlines);
      if (out.isPresent()) {
        register = who.register();
      }
      return out;
    }
  }

  /** The paragraph with the inlines added, when each nests properly with what is there. */
  private static Optional<Paragraph> nested(Paragraph p, List<Inline> inlines) {
    Paragraph out = p;
    for (Inline i : inlines) {
      if (!out.canAdd(i.start(), i.end())) {
        return Optional.empty();
      }
      out = out.with(i);
    }
    return Optional.of(out);
  }

  /** Where the words after an unbracketed label end: their closing quote, or the end of their sentence. */
  static int wordsEnd(String text, int from) {
    int i = skipSpace(text, from);
    if (i < text.length()) {
      String closer = switch (text.charAt(i)) {
        case '“' -> "”";
        case '"' -> "\"";
        case '‘' -> "’";
        default -> "";
      };
      int close = closer.isEmpty() ? -1 : text.indexOf(closer, i + 1);
      if (close > 0) {
        return close + 1;
      }
    }
    for (int k = i; k < text.length(); k++) {
      if (".!?…".indexOf(text.charAt(k)) >= 0 && (k + 1 == text.length() || " \n\t”’\"".indexOf(text.charAt(k + 1)) >= 0)) {
        int end = k + 1;
        while (end < text.length() && "”’\"".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        return end;
      }
    }
    return text.length();
  }

  /** The quotation marks around the words, when they open and close them. */
  static String quoteRend(String words) {
    if (words.length() < 2) {
      return "";
    }
    String rend = "" + words.charAt(0) + words.charAt(words.length() - 1);
    return List.of("“”", "\"\"", "‘’", "«»", "„“").contains(rend) ? rend : "";
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimSpace(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
