package org.recensio.collate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns a witness's paragraphs to the copy text's by dynamic programming over the two sequences.
 * A paragraph's features are its normalised words and word pairs (shingles); two paragraphs are
 * similar by the Dice coefficient of their features. Moves: 1:1 (similar enough), 1:2 and 2:1 (a
 * paragraph split or merged: each part must be mostly contained in the other side), 1:0 (lost in
 * the witness) and 0:1 (added in the witness). Only cells in a band around the diagonal are
 * computed, so the work grows linearly with the number of paragraphs.
 */
final class ParagraphAligner {
  /** Least similarity for two paragraphs to be the same paragraph. */
  static final double MATCH = 0.3;
  /** Least share of a part's features found in the whole, for a split or a merge. */
  static final double PART = 0.6;
  private static final int BAND = 40;

  /** An aligned group: copy-text paragraphs [baseFrom, baseTo) and witness paragraphs [witFrom, witTo). */
  record Group(int baseFrom, int baseTo, int witFrom, int witTo) {}

  List<Group> align(List<String> base, List<String> witness) {
    long[][] b = base.stream().map(ParagraphAligner::features).toArray(long[][]::new);
    long[][] w = witness.stream().map(ParagraphAligner::features).toArray(long[][]::new);
    long[][] bPairs = pairs(b);
    long[][] wPairs = pairs(w);
    int n = b.length;
    int m = w.length;
    double[][] score = new double[n + 1][m + 1];
    byte[][] move = new byte[n + 1][m + 1];
    for (double[] row : score) {
      Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    score[0][0] = 0;
    int band = BAND + Math.abs(n - m);
    for (int i = 0; i <= n; i++) {
      int centre = n == 0 ? 0 : (int) ((long) i * m / n);
      for (int j = Math.max(0, centre - band); j <= Math.min(m, centre + band); j++) {
        if (i + j > 0) {
          best(new Sides(b, w, bPairs, wPairs), score, move, i, j);
        }
      }
    }
    return groups(move, n, m);
  }

  private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}};

  /** The features of each paragraph, and of each paragraph joined with the next, on both sides. */
  private record Sides(long[][] b, long[][] w, long[][] bPairs, long[][] wPairs) {}

  private static long[][] pairs(long[][] f) {
    long[][] out = new long[Math.max(0, f.length - 1)][];
    for (int i = 0; i + 1 < f.length; i++) {
      out[i] = union(f[i], f[i + 1]);
    }
    return out;
  }

  private static void best(Sides sides, double[][] score, byte[][] move, int i, int j) {
    for (int k = 0; k < MOVES.length; k++) {
      int di = MOVES[k][0];
      int dj = MOVES[k][1];
      if (i < di || j < dj || score[i - di][j - dj] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double gain = gain(sides, i - di, i, j - dj, j);
      if (gain != Double.NEGATIVE_INFINITY && score[i - di][j - dj] + gain > score[i][j] + 1e-9) {
        score[i][j] = score[i - di][j - dj] + gain;
        move[i][j] = (byte) k;
      }
    }
  }

  /** What a move adds to the score: its similarity (weighted by the paragraphs it covers), or -inf. */
  private static double gain(Sides sides, int bi, int bj, int wi, int wj) {
    long[][] b = sides.b();
    long[][] w = sides.w();
    if (bj - bi == 0 || wj - wi == 0) {
      return 0;
    }
    if (bj - bi == 1 && wj - wi == 1) {
      double s = dice(b[bi], w[wi]);
      return s >= MATCH ? s : Double.NEGATIVE_INFINITY;
    }
    long[][] parts = bj - bi == 2 ? new long[][] {b[bi], b[bi + 1]} : new long[][] {w[wi], w[wi + 1]};
    long[] whole = bj - bi == 2 ? w[wi] : b[bi];
    // quick reject: a part of a split shares at least its first feature pair's worth with the whole
    if (!shareAny(parts[0], whole) || !shareAny(parts[1], whole)) {
      return Double.NEGATIVE_INFINITY;
    }
    long[] joined = bj - bi == 2 ? sides.bPairs()[bi] : sides.wPairs()[wi];
    for (long[] part : parts) {
      if (part.length == 0 || contained(part, whole) < PART) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    double s = dice(joined, whole);
    return s >= MATCH ? 1.5 * s : Double.NEGATIVE_INFINITY;
  }

  private static List<Group> groups(byte[][] move, int n, int m) {
    List<Group> out = new ArrayList<>();
    int i = n;
    int j = m;
    while (i + j > 0) {
      int[] mv = MOVES[move[i][j]];
      out.add(new Group(i - mv[0], i, j - mv[1], j));
      i -= mv[0];
      j -= mv[1];
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** The sorted, distinct hashes of a paragraph's normalised words and word pairs. */
  static long[] features(String text) {
    List<String> words = TokenNormaliser.tokens(0, text).stream().filter(Token::word).map(Token::normal).toList();
    long[] f = new long[words.size() * 2];
    for (int k = 0; k < words.size(); k++) {
      f[2 * k] = hash(words.get(k));
      f[2 * k + 1] = k + 1 < words.size() ? hash(words.get(k) + ' ' + words.get(k + 1)) * 31 + 7 : hash(words.get(k)) ;
    }
    return Arrays.stream(f).sorted().distinct().toArray();
  }

  private static long hash(String s) {
    long h = 1125899906842597L;
    for (int k = 0; k < s.length(); k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  static double dice(long[] a, long[] b) {
    return a.length + b.length == 0 ? 1 : 2.0 * common(a, b) / (a.length + b.length);
  }

  private static double contained(long[] part, long[] whole) {
    return (double) common(part, whole) / part.length;
  }

  /** True when a few sampled features of {@code part} occur in {@code whole} (a cheap filter). */
  private static boolean shareAny(long[] part, long[] whole) {
    int step = Math.max(1, part.length / 8);
    int hits = 0;
    int tries = 0;
    for (int k = 0; k < part.length; k += step) {
      tries++;
      if (Arrays.binarySearch(whole, part[k]) >= 0) {
        hits++;
      }
    }
    return tries > 0 && hits * 2 >= tries;
  }

  private static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  private static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      long next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] == next) {
        i++;
      }
      if (j < b.length && b[j] == next) {
        j++;
      }
      out[n++] = next;
    }
    return Arrays.copyOf(out, n);
  }
}
