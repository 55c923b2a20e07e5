package org.recensio.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.RegularisationDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Transcript;

/**
 * Keeps spacing oddities as printed and gives their regular form ({@link Inline.Regularisation},
 * TEI {@code choice/orig+reg}): the patterns of {@link SpacingRules}, and the space before a
 * quotation's closing mark ("“coalescing “": the word and the space, so that the regular form is
 * never empty). Each is a small span that nests with the markup already there; the
 * editor's {@code regularisations:} decisions accept (with their own regular form) or reject
 * each, and add others.
 */
public final class SpacingRegulariser {
  private final SpacingRules rules;
  private final List<RegularisationDecision> decisions;
  private final Inline.Decision editor;

  public SpacingRegulariser(EditionConfig config) {
    this(config, SpacingRules.DEFAULT);
  }

  public SpacingRegulariser(EditionConfig config, SpacingRules rules) {
    this.rules = rules;
    this.decisions = config.regularisations();
    this.editor = Inline.Decision.editor(config.editorResp());
  }

  /** A proposal: the printed span and its regular form. */
  private record Proposal(int start, int end, String regular) {}

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    Set<RegularisationDecision> used = new HashSet<>();
    Transcript out = t.mapParagraphs(p -> regularise(p, used));
    decisions.stream().filter(d -> !used.contains(d)).forEach(d -> sink.report(Diagnostic.of("SPC001",
        Severity.WARNING, SourceSpan.at(t.source().name(), d.line() == null ? 0 : d.line(), 1), d.orig())));
    return out;
  }

  private Paragraph regularise(Paragraph p, Set<RegularisationDecision> used) {
    Paragraph out = p;
    for (Proposal pr : proposals(p)) {
      Optional<RegularisationDecision> d = decision(p, pr);
      d.ifPresent(used::add);
      if (d.map(x -> "reject".equals(x.decision())).orElse(false) || !out.canAdd(pr.start(), pr.end())
          || insideStage(out, pr)) {
        continue;
      }
      String regular = d.map(RegularisationDecision::reg).filter(r -> r != null).orElse(pr.regular());
      out = out.with(new Inline.Regularisation(pr.start(), pr.end(), regular,
          d.isPresent() ? editor : Inline.Decision.builder("high")));
    }
    return editorAdditions(out, used);
  }

  private List<Proposal> proposals(Paragraph p) {
    String text = p.text().text();
    List<Proposal> out = new ArrayList<>();
    boolean[] seen = new boolean[text.length() + 1];
    for (SpacingRules.Oddity o : rules.oddities()) {
      Matcher m = o.printed().matcher(text);
      while (m.find()) {
        if (m.end() > m.start() && free(seen, m.start(), m.end())) {
          java.util.Arrays.fill(seen, m.start(), m.end(), true);
          out.add(new Proposal(m.start(), m.end(), regular(text, o, m.start())));
        }
      }
    }
    for (Inline i : p.inlines()) {
      if (i instanceof Inline.Quote q && !q.rend().isEmpty()) {
        int close = q.end() - (q.rend().length() - Character.charCount(q.rend().codePointAt(0)));
        int space = close;
        while (space > q.start() + 1 && (text.charAt(space - 1) == ' ' || text.charAt(space - 1) == '\t')) {
          space--;
        }
        int word = space;
        while (word > q.start() + 1 && !Character.isWhitespace(text.charAt(word - 1))) {
          word--;
        }
        if (space < close && word < space && free(seen, word, close)) {
          out.add(new Proposal(word, close, text.substring(word, space)));
        }
      }
    }
    return out;
  }

  /** The words of a stage direction are left to the stage tagger. */
  private static boolean insideStage(Paragraph p, Proposal pr) {
    return p.inlines().stream().anyMatch(i -> (i instanceof Inline.Stage || i instanceof Inline.Said)
        && i.start() <= pr.start() && pr.end() <= i.end());
  }

  private static boolean free(boolean[] seen, int start, int end) {
    for (int i = start; i < end; i++) {
      if (seen[i]) {
        return false;
      }
    }
    return true;
  }

  /** The regular form of the oddity found at {@code start}. */
  private static String regular(String text, SpacingRules.Oddity o, int start) {
    Matcher one = o.printed().matcher(text);
    one.find(start);
    return text.substring(start, one.start()) + expand(o.regular(), one);
  }

  /**
   * The replacement with its group references ($1) filled in from the match, as
   * Matcher.appendReplacement does, without copying the text before the match (which made a huge
   * paragraph quadratic).
   */
  private static String expand(String replacement, Matcher m) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      if (c == '\\' && i + 1 < replacement.length()) {
        sb.append(replacement.charAt(++i));
      } else if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
        String g = m.group(replacement.charAt(++i) - '0');
        sb.append(g == null ? "" : g);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The editor's decision on a proposal: same start line and the same printed text (or both only spaces). */
  private Optional<RegularisationDecision> decision(Paragraph p, Proposal pr) {
    String printed = p.text().text().substring(pr.start(), pr.end());
    int line = p.text().spanOf(pr.start()).line();
    return decisions.stream().filter(d -> d.line() == null || d.line() == line)
        .filter(d -> d.orig() != null && same(d.orig(), printed)).findFirst();
  }

  private static boolean same(String configured, String printed) {
    return org.recensio.model.Whitespace.collapse(configured).equals(org.recensio.model.Whitespace.collapse(printed));
  }

  /** Regularisations the editor adds where no pattern found one: the printed orig on its line. */
  private Paragraph editorAdditions(Paragraph p, Set<RegularisationDecision> used) {
    Paragraph out = p;
    for (RegularisationDecision d : decisions) {
      if (used.contains(d) || !"accept".equals(d.decision()) || d.orig() == null || d.orig().isBlank()
          || d.reg() == null) {
        continue;
      }
      for (int[] at : QuotePlaces.find(p, d.line(), d.orig())) {
        if (out.canAdd(at[0], at[1]) && out.inlines().stream().noneMatch(i -> i instanceof Inline.Regularisation
            && i.start() < at[1] && at[0] < i.end())) {
          out = out.with(new Inline.Regularisation(at[0], at[1], d.reg(), editor));
          used.add(d);
        }
      }
    }
    return out;
  }
}
