package org.recensio.structure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recensio.config.EditionConfig.LayoutConfig;
import org.recensio.model.Layout;
import org.recensio.model.Resp;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceText;

/**
 * Detects how a transcript lays out its paragraphs: hard-wrapped with a blank line after every
 * line, hard-wrapped with blank lines between paragraphs, or one paragraph per line; and the wrap
 * width. The editor may fix either in the configuration.
 */
public final class LayoutDetector {
  /** Share of the longer lines that must lie near the wrap width for the text to count as hard-wrapped. */
  private static final double WRAPPED_SHARE = 0.6;
  /** How far below the wrap width a line still counts as "full". */
  private static final int NEAR_WIDTH = 20;
  /** Lines this much longer than the 98th percentile still set the width; longer ones are outliers. */
  private static final int NEAR_MAX = 5;
  /** Share of lines followed by a blank line in the spaced layout. */
  private static final double SPACED_SHARE = 0.6;

  public Layout detect(SourceText text, LayoutConfig config, Resp editor) {
    List<SourceLine> lines = text.lines().stream().filter(l -> !l.isBlank()).toList();
    int[] lengths = lines.stream().mapToInt(l -> LineText.length(LineText.trim(l.text()))).sorted().toArray();
    int width = config.wrapWidth() != null ? config.wrapWidth() : wrapWidth(lengths);
    Layout.Kind kind = config.kind() == null || config.kind().equals("auto")
        ? kind(text, lengths, width) : parseKind(config.kind());
    boolean decided = config.kind() != null && !config.kind().equals("auto") || config.wrapWidth() != null;
    int w = kind == Layout.Kind.LINES ? 0 : width;
    return new Layout(kind, w, separator(text, kind), decided ? editor : Resp.BUILDER);
  }

  private static Layout.Kind parseKind(String name) {
    return Layout.Kind.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The longest line not far beyond the 98th percentile: the width the text was wrapped at, outliers aside. */
  static int wrapWidth(int[] sortedLengths) {
    if (sortedLengths.length == 0) {
      return 0;
    }
    int percentile = sortedLengths[(int) Math.floor(0.98 * (sortedLengths.length - 1))];
    int width = percentile;
    for (int n : sortedLengths) {
      if (n <= percentile + NEAR_MAX) {
        width = n;
      }
    }
    return width;
  }

  private static Layout.Kind kind(SourceText text, int[] lengths, int width) {
    if (lengths.length < 4 || !wrapped(lengths, width)) {
      return Layout.Kind.LINES;
    }
    return blankAfterShare(text) >= SPACED_SHARE ? Layout.Kind.SPACED : Layout.Kind.BLOCKS;
  }

  /**
   * Hard-wrapped text has most of its longer lines (at least half the width) close to the width;
   * short lines are paragraph ends and front matter, and do not count.
   */
  private static boolean wrapped(int[] lengths, int width) {
    long longer = Arrays.stream(lengths).filter(n -> n >= width / 2).count();
    long near = Arrays.stream(lengths).filter(n -> n >= width - NEAR_WIDTH && n <= width).count();
    return width >= 30 && near >= WRAPPED_SHARE * longer;
  }

  private static double blankAfterShare(SourceText text) {
    List<SourceLine> all = text.lines();
    int nonBlank = 0;
    int followed = 0;
    for (int i = 0; i + 1 < all.size(); i++) {
      if (!all.get(i).isBlank()) {
        nonBlank++;
        followed += all.get(i + 1).isBlank() ? 1 : 0;
      }
    }
    return nonBlank == 0 ? 0 : (double) followed / nonBlank;
  }

  /** The most common run of blank lines between two text lines (0 when most follow directly). */
  static int separator(SourceText text, Layout.Kind kind) {
    Map<Integer, Integer> runs = new HashMap<>();
    int run = 0;
    boolean seenText = false;
    for (SourceLine l : text.lines()) {
      if (l.isBlank()) {
        run++;
      } else {
        if (seenText && (kind != Layout.Kind.BLOCKS || run > 0)) {
          runs.merge(run, 1, Integer::sum);
        }
        seenText = true;
        run = 0;
      }
    }
    int best = kind == Layout.Kind.LINES ? 0 : 1;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(runs).entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
