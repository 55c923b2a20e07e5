package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;

/**
 * Where a new inline may go: it must nest with the paragraph's inlines (as
 * {@link Paragraph#canAdd} says), every inline around it must be one that may hold it, and every
 * inline inside it one it may hold — the content models of the TEI elements they become. Over
 * exactly the same words as another inline, the new one goes outside it, so that one must be
 * one it may hold. No second name or date over the same words.
 */
record Placement(Set<Class<? extends Inline>> parents, Set<Class<? extends Inline>> children, boolean widens) {
  /**
   * A name (persName, orgName, placeName): inside stages, said, quotations and bibliographic
   * references; around line joins and choices.
   */
  static final Placement NAME = new Placement(
      Set.of(Inline.Stage.class, Inline.Said.class, Inline.Quote.class, Inline.Bibl.class),
      Set.of(Inline.LineJoin.class, Inline.Emendation.class, Inline.Regularisation.class), true);

  /** A date: inside stages, said, quotations and bibliographic references; around nothing. */
  static final Placement DATE = new Placement(
      Set.of(Inline.Stage.class, Inline.Said.class, Inline.Quote.class, Inline.Bibl.class), Set.of(), false);

  Placement {
    parents = Set.copyOf(parents);
    children = Set.copyOf(children);
  }

  /** A check of spans in one paragraph, asked in order of their start (linear over the paragraph). */
  Sweep over(Paragraph p) {
    return new Sweep(p.inlines());
  }

  /** Checks spans given in order of their start against the inlines that may overlap them. */
  final class Sweep {
    private final List<Inline> inlines;
    private final List<Inline> active = new ArrayList<>();
    private int next;

    private Sweep(List<Inline> inlines) {
      this.inlines = inlines;
    }

    /**
     * The span to tag for words at [start, end), or empty if they cannot be tagged. A name takes
     * whole a spacing or error choice that starts inside it and runs on ("Trotsky ’s").
     */
    Optional<int[]> place(int start, int end) {
      advance(start, end);
      int to = end;
      if (widens) {
        for (Inline i : active) {
          if (isChoice(i) && i.start() >= start && i.start() < end && i.end() > to) {
            to = i.end();
          }
        }
        advance(start, to);
      }
      return fits(start, to) ? Optional.of(new int[] {start, to}) : Optional.empty();
    }

    private void advance(int start, int end) {
      while (next < inlines.size() && inlines.get(next).start() < end) {
        active.add(inlines.get(next++));
      }
      active.removeIf(i -> i.end() <= start);
    }

    /** Nests with all, holds only what it may hold, and the innermost inline around it may hold it. */
    private boolean fits(int start, int end) {
      Inline parent = null;
      for (Inline i : active) {
        if (i.end() <= start || i.start() >= end) {
          continue;
        }
        if (i instanceof Inline.Name || i instanceof Inline.DateRef) {
          return false;
        }
        boolean equal = i.start() == start && i.end() == end;
        boolean around = !equal && i.start() <= start && i.end() >= end;
        boolean inside = equal || i.start() >= start && i.end() <= end;
        if (around) {
          parent = parent == null || innerThan(i, parent) ? i : parent;
        } else if (!inside || !children.contains(i.getClass())) {
          return false;
        }
      }
      return parent == null || parents.contains(parent.getClass());
    }
  }

  private static boolean innerThan(Inline a, Inline b) {
    return a.start() > b.start() || a.start() == b.start() && a.end() < b.end();
  }

  private static boolean isChoice(Inline i) {
    return i instanceof Inline.Emendation || i instanceof Inline.Regularisation;
  }
}
