package org.recensio.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.QuoteDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Transcript;

/**
 * Marks the quotations of every paragraph ({@link Inline.Quote}, marks named in rend), with the
 * reference that follows one as a citation ({@link Inline.Citation} holding the quotation and an
 * {@link Inline.Bibl}). The element is picked by function ({@link QuoteClassifier}); the editor's
 * {@code quotations:} decisions confirm, change, add or undo quotations.
 *
 * <p>A quotation running over several paragraphs (an opener on each, the closer on the last) is
 * one quotation per paragraph, marks kept as text, all of the first one's kind. A quotation
 * left open where the text breaks off (lost text) runs to the gap. Any other mark that does not
 * pair up stays text, with warning QUO001 (opened, not closed) or QUO002 (closed, not opened).
 */
public final class QuotationTagger {
  private final List<QuoteDecision> decisions;
  private final Inline.Decision editor;
  private final QuoteClassifier classifier;
  private final CitationFinder citations;

  public QuotationTagger(EditionConfig config) {
    this(config, QuotationRules.DEFAULT);
  }

  public QuotationTagger(EditionConfig config, QuotationRules rules) {
    this.decisions = config.quotations();
    this.editor = Inline.Decision.editor(config.editorResp());
    this.classifier = new QuoteClassifier(rules);
    this.citations = new CitationFinder(rules.reference());
  }

  /** One quotation to mark: its marks (rend, or "" when they stay text) and, when known, its kind. */
  private record Planned(int open, int end, String rend, Optional<QuoteClassifier.Kind> kind) {}

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    List<Paragraph> all = t.paragraphs().toList();
    List<QuoteScanner.Scan> scans = all.stream().map(p -> QuoteScanner.scan(p.text().text(), owned(p))).toList();
    Map<Paragraph, Paragraph> tagged = new IdentityHashMap<>();
    Set<QuoteDecision> used = new HashSet<>();
    Optional<QuoteClassifier.Kind> carried = Optional.empty();
    for (int i = 0; i < all.size(); i++) {
      int runsOn = runsOn(all, scans, i);
      List<Planned> plan = plan(all.get(i), scans.get(i), carried, runsOn);
      String previous = i > 0 ? all.get(i - 1).text().text() : "";
      Paragraph p = mark(all.get(i), plan, previous, used);
      carried = runsOn < 0 ? Optional.empty() : kindAt(p, runsOn);
      p = addEditorQuotations(p, used);
      report(p, scans.get(i), plan, sink);
      tagged.put(all.get(i), p);
    }
    decisions.stream().filter(d -> !used.contains(d) && !"none".equals(d.kind())).forEach(d -> sink.report(
        Diagnostic.of("QUO003", Severity.WARNING, SourceSpan.at(t.source().name(), lineOf(d), 1), d.text())));
    return t.mapParagraphs(p -> tagged.getOrDefault(p, p));
  }

  /**
   * The offset of the outermost quotation left open at the end of paragraph {@code i} when the
   * next paragraph opens with the same mark (a quotation running on), else -1.
   */
  private static int runsOn(List<Paragraph> all, List<QuoteScanner.Scan> scans, int i) {
    List<Integer> open = scans.get(i).unclosed();
    if (open.isEmpty() || i + 1 >= all.size()) {
      return -1;
    }
    String text = all.get(i).text().text();
    String next = all.get(i + 1).text().text();
    int first = next.length() - next.stripLeading().length();
    boolean opener = first < next.length() && next.charAt(first) == text.charAt(open.get(0))
        && (scans.get(i + 1).unclosed().contains(first)
            || scans.get(i + 1).spans().stream().anyMatch(s -> s.open() == first));
    return opener ? open.get(0) : -1;
  }

  private List<Planned> plan(Paragraph p, QuoteScanner.Scan scan, Optional<QuoteClassifier.Kind> carried,
      int runsOn) {
    String text = p.text().text();
    int first = text.length() - text.stripLeading().length();
    List<Planned> plan = new ArrayList<>();
    for (QuoteScanner.Span s : scan.spans()) {
      boolean continuation = carried.isPresent() && s.open() == first;
      plan.add(new Planned(s.open(), s.end(), continuation ? "" : s.rend(), continuation ? carried : Optional.empty()));
    }
    if (runsOn >= 0) {
      plan.add(new Planned(runsOn, text.length(), "", runsOn == first ? carried : Optional.empty()));
    } else if (p.endsInGap() && !scan.unclosed().isEmpty()) {
      plan.add(new Planned(scan.unclosed().get(0), text.length(), "", Optional.empty()));
    }
    return plan;
  }

  /** Adds the planned quotations (and citations) that nest with what the paragraph holds. */
  private Paragraph mark(Paragraph p, List<Planned> plan, String previous, Set<QuoteDecision> used) {
    String text = p.text().text();
    int from = start(p);
    IntPredicate taken = owned(p);
    Paragraph out = p;
    for (Planned q : plan) {
      boolean opens = q.open() == from;
      boolean closed = !q.rend().isEmpty() || q.kind().isPresent();
      CitationFinder.Extent extent = closed && q.end() < text.length()
          ? citations.after(text, q.end(), opens, taken)
          : new CitationFinder.Extent(q.end(), false, 0, 0, "");
      int end = extent.quoteEnd();
      String rend = extent.marksAsText() ? "" : safeRend(text, q.open(), q.end(), q.rend());
      Optional<QuoteDecision> decision = Decisions.find(decisions, p, q.open(), end, QuoteDecision::line,
          QuoteDecision::text).or(() -> Decisions.find(decisions, p, q.open(), q.end(), QuoteDecision::line,
          QuoteDecision::text));
      decision.ifPresent(used::add);
      if (blank(text, q.open(), q.end()) || decision.map(d -> "none".equals(d.kind())).orElse(false)) {
        continue;
      }
      boolean block = opens && (end == text.length() || extent.cited() && extent.biblEnd() == text.length());
      String clause = opens ? QuoteClassifier.clauseBefore(previous, 0, previous.length())
          : QuoteClassifier.clauseBefore(text, enclosing(plan, q), q.open());
      QuoteClassifier.Context context = new QuoteClassifier.Context(clause, block, extent.cited());
      QuoteClassifier.Kind kind = q.kind().orElseGet(() -> classifier.classify(text.substring(q.open(), q.end()),
          context));
      Inline.Quote quote = new Inline.Quote(q.open(), end,
          decision.map(d -> kindOf(d)).orElse(kind.kind()), rend,
          decision.isPresent() ? editor : Inline.Decision.builder(kind.cert()));
      out = add(out, quote, extent);
    }
    return out;
  }

  private static Paragraph add(Paragraph p, Inline.Quote quote, CitationFinder.Extent extent) {
    if (!p.canAdd(quote.start(), quote.end())) {
      return p;
    }
    Paragraph out = p.with(quote);
    if (extent.cited() && out.canAdd(quote.start(), extent.biblEnd())
        && out.canAdd(extent.biblStart(), extent.biblEnd())) {
      out = out.withAll(List.of(new Inline.Citation(quote.start(), extent.biblEnd()),
          new Inline.Bibl(extent.biblStart(), extent.biblEnd(), extent.biblRend())));
    }
    return out;
  }

  /** The quotations the editor adds where the marks do not pair up (or none are printed). */
  private Paragraph addEditorQuotations(Paragraph p, Set<QuoteDecision> used) {
    Paragraph out = p;
    for (QuoteDecision d : decisions) {
      if (used.contains(d) || "none".equals(d.kind()) || d.text() == null || d.text().isBlank()) {
        continue;
      }
      for (int[] at : QuotePlaces.find(p, d.line(), d.text())) {
        String rend = QuotePlaces.marks(p.text().text(), at[0], at[1]);
        Inline.Quote quote = new Inline.Quote(at[0], at[1], kindOf(d), rend, editor);
        if (out.canAdd(at[0], at[1]) && out.inlines().stream().noneMatch(i -> i.start() == at[0]
            && i.end() == at[1])) {
          out = out.with(quote);
          used.add(d);
        }
      }
    }
    return out;
  }

  private static void report(Paragraph p, QuoteScanner.Scan scan, List<Planned> plan, DiagnosticSink sink) {
    Set<Integer> marked = new HashSet<>();
    p.inlines().stream().filter(i -> i instanceof Inline.Quote).forEach(i -> {
      marked.add(i.start());
      marked.add(i.end() - 1);
    });
    String text = p.text().text();
    for (int at : scan.unclosed()) {
      if (!marked.contains(at)) {
        sink.report(Diagnostic.of("QUO001", Severity.WARNING, p.text().spanOf(at), text.charAt(at)));
      }
    }
    for (int at : scan.unopened()) {
      if (!marked.contains(at)) {
        sink.report(Diagnostic.of("QUO002", Severity.WARNING, p.text().spanOf(at), text.charAt(at)));
      }
    }
  }

  private static Optional<QuoteClassifier.Kind> kindAt(Paragraph p, int open) {
    return p.inlines().stream().filter(i -> i instanceof Inline.Quote && i.start() == open).findFirst()
        .map(i -> (Inline.Quote) i).map(q -> new QuoteClassifier.Kind(q.kind(), "medium"));
  }

  /** Where the quotation's clause may start: just inside the quotation enclosing it, or 0. */
  private static int enclosing(List<Planned> plan, Planned q) {
    return plan.stream().filter(o -> o != q && o.open() < q.open() && o.end() >= q.end())
        .mapToInt(o -> o.open() + 1).max().orElse(0);
  }

  /** Where a paragraph's own text starts: after a speaker label and leading whitespace. */
  private static int start(Paragraph p) {
    int from = p.inlines().stream().filter(i -> i instanceof Inline.SpeakerLabel && i.start() == 0)
        .mapToInt(Inline::end).findFirst().orElse(0);
    String text = p.text().text();
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The marks as rend, or "" when the text between them starts or ends with the same mark. */
  private static String safeRend(String text, int open, int end, String rend) {
    if (rend.isEmpty()) {
      return rend;
    }
    String content = text.substring(open + 1, end - 1).strip();
    boolean ambiguous = content.startsWith(rend.substring(0, 1)) || content.endsWith(rend.substring(1));
    return ambiguous ? "" : rend;
  }

  private static boolean blank(String text, int open, int end) {
    return text.substring(open, end).replaceAll("[\\s“”‘’\"'.…]", "").isEmpty();
  }

  /** Offsets held by other markup: the inside of stage directions and said, and rend delimiters. */
  private static IntPredicate owned(Paragraph p) {
    boolean[] owned = new boolean[p.text().text().length() + 1];
    for (Inline i : p.inlines()) {
      if (i instanceof Inline.Stage || i instanceof Inline.Said || i instanceof Inline.SpeakerLabel) {
        java.util.Arrays.fill(owned, i.start(), i.end(), true);
      } else if (i.end() > i.start()) {
        owned[i.start()] = true;
        owned[i.end() - 1] = true;
      }
    }
    return at -> owned[at];
  }

  private static Inline.QuoteKind kindOf(QuoteDecision d) {
    return switch (d.kind() == null ? "q" : d.kind()) {
      case "quote" -> Inline.QuoteKind.QUOTE;
      case "said" -> Inline.QuoteKind.SAID;
      case "soCalled" -> Inline.QuoteKind.SO_CALLED;
      case "q" -> Inline.QuoteKind.Q;
      default -> throw new IllegalArgumentException("quotation kind is q, quote, said, soCalled or none, not "
          + d.kind());
    };
  }

  private static int lineOf(QuoteDecision d) {
    return d.line() == null ? 0 : d.line();
  }
}
