package org.recensio.collate;

import java.util.List;
import org.recensio.model.Inline;

/**
 * Where a variant place may stand among the copy text's inlines. It may lie inside a stage
 * direction, a said, a quotation or a speaker label, between their delimiters (their TEI elements
 * hold phrase content); any other inline it must contain whole or leave alone (note anchors,
 * labels, names, dates, sic/corr and orig/reg, citations and bibls, line-end hyphens hold text
 * only). A place that does not fit is widened to the smallest span of whole tokens that does.
 */
final class Nesting {
  private Nesting() {}

  /** The place's character span in the paragraph: [start of its first token, end of its last), or a point. */
  static int[] span(ApparatusBuilder.Range r, List<Token> tokens) {
    if (r.from() < r.to()) {
      return new int[] {tokens.get(r.from()).start(), tokens.get(r.to() - 1).end()};
    }
    int at = r.from() > 0 ? tokens.get(r.from() - 1).end() : tokens.isEmpty() ? 0 : tokens.get(0).start();
    return new int[] {at, at};
  }

  static ApparatusBuilder.Range widen(ApparatusBuilder.Range r, List<Token> tokens, List<Inline> inlines) {
    int[] span = span(r, tokens);
    int s = span[0];
    int e = span[1];
    boolean changed = false;
    for (Inline i : inlines) {
      if (!fits(s, e, i)) {
        s = Math.min(s, i.start());
        e = Math.max(e, i.end());
        changed = true;
      }
    }
    return changed ? tokenRange(s, e, tokens) : r;
  }

  /** True when a place over [s, e) nests with inline {@code i} as the TEI needs. */
  static boolean fits(int s, int e, Inline i) {
    if (i instanceof Inline.App) {
      return true;
    }
    if (s == e) {
      return s <= i.start() || s >= i.end() || holds(i) && s >= i.start() + open(i) && s <= i.end() - close(i);
    }
    boolean apart = i.end() <= s || i.start() >= e;
    boolean contains = i.start() >= s && i.end() <= e;
    boolean inside = i.start() <= s && e <= i.end() && holds(i) && s >= i.start() + open(i)
        && e <= i.end() - close(i);
    return apart || contains || inside;
  }

  private static boolean holds(Inline i) {
    return i instanceof Inline.Stage || i instanceof Inline.Said || i instanceof Inline.Quote
        || i instanceof Inline.SpeakerLabel;
  }

  private static String rend(Inline i) {
    if (i instanceof Inline.Stage s) {
      return s.rend();
    }
    if (i instanceof Inline.Said s) {
      return s.rend();
    }
    if (i instanceof Inline.Quote q) {
      return q.rend();
    }
    return "";
  }

  private static int open(Inline i) {
    String rend = rend(i);
    return rend.isEmpty() ? 0 : Character.charCount(rend.codePointAt(0));
  }

  private static int close(Inline i) {
    return rend(i).length() - open(i);
  }

  /** The whole tokens that cover [s, e). */
  private static ApparatusBuilder.Range tokenRange(int s, int e, List<Token> tokens) {
    int from = 0;
    while (from < tokens.size() && tokens.get(from).end() <= s) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && tokens.get(to).start() < e) {
      to++;
    }
    return new ApparatusBuilder.Range(from, Math.max(from, to));
  }
}
