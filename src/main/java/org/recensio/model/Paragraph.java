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
    inlines = sorted(inlines);
  }

  /** Document order: by start, a zero-width variant place first, then the longer span first. */
  private static final Comparator<Inline> ORDER = (a, b) -> {
    int c = Integer.compare(a.start(), b.start());
    if (c == 0) {
      c = Integer.compare(pointApparatusFirst(a), pointApparatusFirst(b));
    }
    return c != 0 ? c : Integer.compare(b.end(), a.end());
  };

  /** The inlines in document order (a stable sort; already sorted lists are only copied). */
  private static List<Inline> sorted(List<Inline> inlines) {
    for (int i = 1; i < inlines.size(); i++) {
      if (ORDER.compare(inlines.get(i - 1), inlines.get(i)) > 0) {
        Inline[] array = inlines.toArray(new Inline[0]);
        java.util.Arrays.sort(array, ORDER);
        return List.of(array);
      }
    }
    return List.copyOf(inlines);
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
    java.util.ArrayList<Inline> all = new java.util.ArrayList<>(inlines.size() + 1);
    int at = inlines.size();
    while (at > 0 && ORDER.compare(inlines.get(at - 1), extra) > 0) {
      at--;
    }
    all.addAll(inlines.subList(0, at));
    all.add(extra);
    all.addAll(inlines.subList(at, inlines.size()));
    return new Paragraph(text, all, resp);
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
