package org.recensio.collate;

import eu.interedition.collatex.CollationAlgorithm;
import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.simple.SimpleToken;
import eu.interedition.collatex.simple.SimpleWitness;
import eu.interedition.collatex.util.VariantGraphRanking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collates the copy text's tokens with a witness's tokens by CollateX (Needleman–Wunsch over two
 * {@code SimpleWitness}es holding our tokens, compared by their normal form; the common start and
 * end, and anchor words that occur once on each side, are aligned first, so that CollateX sees only
 * the short stretches between them) and returns the
 * places where they differ: runs of aligned positions where a token is missing on one side or the
 * printed forms differ (whitespace aside). An addition and an omission of the same words close to
 * each other are one place, a transposition.
 */
final class TokenCollator {
  /** How many agreeing tokens may stand between the two halves of a transposition. */
  static final int TRANSPOSITION_WINDOW = 6;

  private static final Comparator<eu.interedition.collatex.Token> BY_NORMAL =
      Comparator.comparing(t -> ((Indexed) t).getNormalized());

  /** A difference: copy-text tokens [baseFrom, baseTo) read as witness tokens [witFrom, witTo). */
  record Place(int baseFrom, int baseTo, int witFrom, int witTo) {
    boolean addition() {
      return baseFrom == baseTo;
    }

    boolean omission() {
      return witFrom == witTo;
    }
  }

  /** Our token inside CollateX, with its index in the sequence. */
  private static final class Indexed extends SimpleToken {
    final int index;

    Indexed(SimpleWitness w, Token t, int index) {
      super(w, t.printed(), t.normal());
      this.index = index;
    }
  }

  List<Place> places(List<Token> base, List<Token> witness) {
    // the tokens both print alike at the start and at the end are aligned already: only the
    // stretch between the first and the last difference goes to CollateX (most paragraphs of two
    // witnesses differ in a few words, so this keeps the collation near linear)
    int head = 0;
    while (head < base.size() && head < witness.size() && same(base.get(head), witness.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < base.size() - head && tail < witness.size() - head
        && same(base.get(base.size() - 1 - tail), witness.get(witness.size() - 1 - tail))) {
      tail++;
    }
    List<Place> out = new ArrayList<>();
    int[] prev = {head, head};
    for (int[] anchor : anchors(base, witness, head, base.size() - tail, head, witness.size() - tail)) {
      gap(base, witness, prev, anchor, out);
      prev = new int[] {anchor[0] + 1, anchor[1] + 1};
    }
    gap(base, witness, prev, new int[] {base.size() - tail, witness.size() - tail}, out);
    return transpositions(out, base, witness);
  }

  /** CollateX on the tokens between two anchors. */
  private static void gap(List<Token> base, List<Token> witness, int[] from, int[] to, List<Place> out) {
    for (Place p : middle(base.subList(from[0], to[0]), witness.subList(from[1], to[1]))) {
      out.add(new Place(p.baseFrom() + from[0], p.baseTo() + from[0], p.witFrom() + from[1], p.witTo() + from[1]));
    }
  }

  /**
   * Anchors: tokens printed alike that occur once in each stretch, kept where their order agrees
   * (the longest increasing run, as in patience diff); CollateX then aligns only the short
   * stretches between them, which keeps the work near linear in the length of a paragraph.
   */
  static List<int[]> anchors(List<Token> base, List<Token> witness, int bFrom, int bTo, int wFrom, int wTo) {
    java.util.Map<String, int[]> seen = new java.util.HashMap<>();
    for (int i = bFrom; i < bTo; i++) {
      seen.merge(key(base.get(i)), new int[] {1, i, 0, -1}, (x, y) -> new int[] {x[0] + 1, x[1], x[2], x[3]});
    }
    for (int j = wFrom; j < wTo; j++) {
      int[] e = seen.get(key(witness.get(j)));
      if (e != null) {
        e[2]++;
        e[3] = j;
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int[] e : seen.values()) {
      if (e[0] == 1 && e[2] == 1) {
        pairs.add(new int[] {e[1], e[3]});
      }
    }
    pairs.sort(java.util.Comparator.comparingInt(x -> x[0]));
    return increasing(pairs);
  }

  private static String key(Token t) {
    return t.bare();
  }

  /** The longest run of pairs whose second members increase (patience sorting). */
  private static List<int[]> increasing(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < pairs.get(i)[1]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      len = Math.max(len, lo + 1);
    }
    List<int[]> out = new ArrayList<>();
    for (int k = len > 0 ? tails[len - 1] : -1; k >= 0; k = prev[k]) {
      out.add(pairs.get(k));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  private static boolean same(Token a, Token b) {
    return a.bare().equals(b.bare());
  }

  private static List<Place> middle(List<Token> base, List<Token> witness) {
    if (base.isEmpty() || witness.isEmpty()) {
      return base.isEmpty() && witness.isEmpty() ? List.of() : List.of(new Place(0, base.size(), 0, witness.size()));
    }
    SimpleWitness a = witness("base", base);
    SimpleWitness b = witness("witness", witness);
    VariantGraph graph = new VariantGraph();
    CollationAlgorithm algorithm = CollationAlgorithmFactory.needlemanWunsch(BY_NORMAL);
    algorithm.collate(graph, a, b);
    List<int[]> columns = columns(VariantGraphRanking.of(graph).asTable(), a, b);
    return differences(columns, base, witness);
  }

  private static SimpleWitness witness(String sigil, List<Token> tokens) {
    SimpleWitness w = new SimpleWitness(sigil);
    List<eu.interedition.collatex.Token> list = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      list.add(new Indexed(w, tokens.get(i), i));
    }
    w.setTokens(list);
    return w;
  }

  /** The alignment as columns {base index or -1, witness index or -1}, in order. */
  private static List<int[]> columns(List<java.util.SortedMap<eu.interedition.collatex.Witness,
      Set<eu.interedition.collatex.Token>>> table, SimpleWitness a, SimpleWitness b) {
    List<int[]> out = new ArrayList<>(table.size());
    for (Map<eu.interedition.collatex.Witness, Set<eu.interedition.collatex.Token>> row : table) {
      out.add(new int[] {index(row.get(a)), index(row.get(b))});
    }
    return out;
  }

  private static int index(Set<eu.interedition.collatex.Token> tokens) {
    return tokens == null || tokens.isEmpty() ? -1 : ((Indexed) tokens.iterator().next()).index;
  }

  /** Runs of columns that are not the same printed token on both sides. */
  private static List<Place> differences(List<int[]> columns, List<Token> base, List<Token> witness) {
    List<Place> out = new ArrayList<>();
    int bi = 0;
    int wi = 0;
    int startB = -1;
    int startW = -1;
    for (int[] c : columns) {
      boolean same = c[0] >= 0 && c[1] >= 0 && same(base.get(c[0]), witness.get(c[1]));
      if (!same && startB < 0) {
        startB = bi;
        startW = wi;
      } else if (same && startB >= 0) {
        out.add(new Place(startB, bi, startW, wi));
        startB = -1;
      }
      bi += c[0] >= 0 ? 1 : 0;
      wi += c[1] >= 0 ? 1 : 0;
    }
    if (startB >= 0) {
      out.add(new Place(startB, bi, startW, wi));
    }
    return out;
  }

  /** Merges an addition and an omission of the same words within the window into one place. */
  static List<Place> transpositions(List<Place> places, List<Token> base, List<Token> witness) {
    List<Place> out = new ArrayList<>(places);
    for (int i = 0; i < out.size(); i++) {
      for (int j = i + 1; j < out.size() && out.get(j).baseFrom() - out.get(i).baseTo() <= TRANSPOSITION_WINDOW; j++) {
        Place p = out.get(i);
        Place q = out.get(j);
        if (sameWords(p, q, base, witness)) {
          Place merged = new Place(p.baseFrom(), q.baseTo(), p.witFrom(), q.witTo());
          out.subList(i, j + 1).clear();
          out.add(i, merged);
          break;
        }
      }
    }
    return out;
  }

  private static boolean sameWords(Place p, Place q, List<Token> base, List<Token> witness) {
    List<String> moved;
    List<String> back;
    if (p.addition() && q.omission()) {
      moved = normals(witness.subList(p.witFrom(), p.witTo()));
      back = normals(base.subList(q.baseFrom(), q.baseTo()));
    } else if (p.omission() && q.addition()) {
      moved = normals(base.subList(p.baseFrom(), p.baseTo()));
      back = normals(witness.subList(q.witFrom(), q.witTo()));
    } else {
      return false;
    }
    return !moved.isEmpty() && moved.equals(back);
  }

  private static List<String> normals(List<Token> tokens) {
    return tokens.stream().map(Token::normal).toList();
  }
}
