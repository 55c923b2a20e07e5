package org.recensio.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recensio.model.Inline;
import org.recensio.model.Inline.Reading;
import org.recensio.model.Inline.VariantType;
import org.recensio.model.Paragraph;

/**
 * Turns the witnesses' segments of one copy-text paragraph into variant places: the variant
 * segments of all witnesses are merged where they overlap (or an addition touches a place), each
 * place is widened until it nests with the paragraph's inlines (an App may stand inside a stage,
 * said, quotation or speaker label, between their delimiters, and must otherwise contain an inline
 * or stay apart from it), and every witness's reading over the place is read off its tokens.
 */
final class ApparatusBuilder {
  private final String baseSiglum;
  private final List<WitnessTokens> witnesses;

  ApparatusBuilder(String baseSiglum, List<WitnessTokens> witnesses) {
    this.baseSiglum = baseSiglum;
    this.witnesses = List.copyOf(witnesses);
  }

  /** A place over the paragraph's tokens [from, to); from == to is a point before token from. */
  record Range(int from, int to) {}

  /**
   * The variant places of paragraph {@code p} with tokens {@code tokens}; {@code segments} holds
   * each witness's segments (by siglum), {@code extra} inlines the TEI writer adds (a label).
   */
  List<Inline.App> build(Paragraph p, List<Token> tokens, Map<String, List<Segment>> segments, List<Inline> extra) {
    List<Inline> constraints = new ArrayList<>(p.inlines());
    constraints.addAll(extra);
    List<Range> ranges = new ArrayList<>();
    segments.values().forEach(list -> list.stream().filter(Segment::variant)
        .forEach(s -> ranges.add(new Range(s.from(), s.to()))));
    List<Range> places = settle(ranges, tokens, constraints);
    List<Inline.App> out = new ArrayList<>();
    for (Range r : places) {
      app(r, tokens, segments).ifPresent(out::add);
    }
    return out;
  }

  /** Merges and widens until every place nests and no two places overlap. */
  private static List<Range> settle(List<Range> ranges, List<Token> tokens, List<Inline> constraints) {
    List<Range> current = merge(ranges);
    while (true) {
      List<Range> widened = current.stream().map(r -> Nesting.widen(r, tokens, constraints)).toList();
      List<Range> next = merge(widened);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
  }

  static List<Range> merge(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(Range::from).thenComparingInt(Range::to));
    List<Range> out = new ArrayList<>();
    for (Range r : sorted) {
      if (!out.isEmpty() && touches(out.get(out.size() - 1), r)) {
        Range last = out.remove(out.size() - 1);
        out.add(new Range(Math.min(last.from(), r.from()), Math.max(last.to(), r.to())));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** Overlapping, starting together, or a point touching the other. */
  private static boolean touches(Range a, Range b) {
    boolean point = a.from() == a.to() || b.from() == b.to();
    return b.from() < a.to() || b.from() == a.from() || (point && b.from() == a.to());
  }

  private Optional<Inline.App> app(Range r, List<Token> tokens, Map<String, List<Segment>> segments) {
    List<String> lemma = new ArrayList<>(List.of(baseSiglum));
    Map<String, List<String>> sigla = new LinkedHashMap<>();
    Map<String, Reading> readings = new LinkedHashMap<>();
    VariantType type = VariantType.PUNCTUATION;
    for (WitnessTokens w : witnesses) {
      Optional<Reading> reading = reading(r, tokens, w, segments.getOrDefault(w.siglum(), List.of()));
      if (reading.isEmpty()) {
        lemma.add(w.siglum());
        continue;
      }
      Reading rd = reading.get();
      String key = rd.omitted() + "|" + rd.text() + "|" + rd.paragraphStarts();
      sigla.computeIfAbsent(key, k -> new ArrayList<>()).add(w.siglum());
      readings.putIfAbsent(key, rd);
      type = VariantType.mostSignificant(type, rd.type());
    }
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    List<Reading> list = readings.entrySet().stream().map(e -> new Reading(sigla.get(e.getKey()), e.getValue().text(),
        e.getValue().omitted(), e.getValue().type(), e.getValue().paragraphStarts())).toList();
    int[] span = Nesting.span(r, tokens);
    return Optional.of(new Inline.App(span[0], span[1], type, lemma, list, Optional.empty(),
        Inline.Decision.builder("high")));
  }

  /** The witness's reading over the place, or empty where it reads as the copy text. */
  private static Optional<Reading> reading(Range r, List<Token> tokens, WitnessTokens w, List<Segment> segments) {
    List<Segment> in = segments.stream().filter(s -> inside(s, r)).toList();
    if (in.stream().noneMatch(Segment::variant)) {
      return Optional.empty();
    }
    int wf = in.stream().mapToInt(Segment::witFrom).min().orElseThrow();
    int wt = in.stream().mapToInt(Segment::witTo).max().orElseThrow();
    java.util.TreeSet<Integer> breaks = new java.util.TreeSet<>();
    in.stream().filter(Segment::breakBefore).forEach(s -> breaks.add(s.witFrom()));
    w.splitStarts().stream().filter(i -> i >= wf && i < wt).forEach(breaks::add);
    List<Token> read = w.tokens().subList(wf, wt);
    List<Token> lemma = tokens.subList(r.from(), r.to());
    boolean broken = !breaks.isEmpty();
    VariantType type = VariantClassifier.classify(lemma, read, broken);
    if (type == VariantType.ORTHOGRAPHIC && !broken && printed(lemma).equals(printed(read))) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (int i = wf; i < wt; i++) {
      Token t = w.tokens().get(i);
      if (breaks.contains(i)) {
        if (text.length() > 0) {
          text.append(' ');
        }
        starts.add(text.length());
      } else if (i > wf) {
        Token prev = w.tokens().get(i - 1);
        text.append(prev.paragraph() == t.paragraph() ? w.texts().get(t.paragraph()).substring(prev.end(), t.start())
            : " ");
      }
      text.append(t.printed());
    }
    if (breaks.contains(wt)) {
      starts.add(text.length());
    }
    String printed = text.toString().replace('\n', ' ');
    if (r.from() == r.to() && starts.isEmpty() && wt > wf) {
      printed = spaced(printed, r.from() == 0, w, wf, wt);
    }
    return Optional.of(new Reading(List.of(w.siglum()), printed, wt == wf && starts.isEmpty(), type, starts));
  }

  /** An addition keeps the space that separates it from the text before it (after it, at the start). */
  private static String spaced(String text, boolean atStart, WitnessTokens w, int wf, int wt) {
    if (atStart) {
      Token last = w.tokens().get(wt - 1);
      String para = w.texts().get(last.paragraph());
      return last.end() < para.length() && Character.isWhitespace(para.charAt(last.end())) ? text + " " : text;
    }
    Token first = w.tokens().get(wf);
    String para = w.texts().get(first.paragraph());
    return first.start() > 0 && Character.isWhitespace(para.charAt(first.start() - 1)) ? " " + text : text;
  }

  private static boolean inside(Segment s, Range r) {
    return s.point() ? s.from() >= r.from() && s.from() <= r.to() : s.from() >= r.from() && s.to() <= r.to();
  }

  private static String printed(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    tokens.forEach(t -> sb.append(t.printed()));
    return sb.toString().replaceAll("\\s", "");
  }
}
