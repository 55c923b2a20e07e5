package org.recensio.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of the source with its inline markup. {@code resp} says who decided where it
 * starts: the builder's layout heuristic or the editor.
 */
public record Paragraph(TextBlock text, List<Inline> inlines, Resp resp) implements Block {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(resp, "resp");
    inlines = inlines.stream()
        .sorted(Comparator.comparingInt(Inline::start).thenComparingInt(Paragraph::pointApparatusFirst)
            .thenComparing(i -> -i.end()))
        .toList();
  }

  /**
   * A zero-width variant place (an addition) sorts before the inlines that start where it
   * stands, so that it is written before them, never inside them.
   */
  private static int pointApparatusFirst(Inline i) {
    return i instanceof Inline.App a && a.start() == a.end() ? 0 : 1;
  }

  public static Paragraph plain(TextBlock text, Resp resp) {
    return new Paragraph(text, List.of(), resp);
  }

  public Paragraph with(Inline extra) {
    return withAll(List.of(extra));
  }

  public Paragraph withAll(List<? extends Inline> extra) {
    java.util.ArrayList<Inline> all = new java.util.ArrayList<>(inlines);
    all.addAll(extra);
    return new Paragraph(text, all, resp);
  }

  /**
   * True when a new inline over [start, end) would nest properly with every inline already here:
   * each existing one lies inside it, contains it, or lies apart from it. Zero-width inlines at
   * an edge count as apart.
   */
  public boolean canAdd(int start, int end) {
    for (Inline i : inlines) {
      boolean apart = i.end() <= start || i.start() >= end;
      boolean inside = i.start() >= start && i.end() <= end;
      boolean contains = i.start() <= start && i.end() >= end;
      if (!apart && !inside && !contains) {
        return false;
      }
    }
    return true;
  }

  public boolean endsInGap() {
    return inlines.stream().anyMatch(i -> i instanceof Inline.LostText);
  }
}
