package org.recensio.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics for one document. Problems in the input are collected, not thrown; past
 * the cap, further diagnostics are counted but not kept.
 */
public final class DiagnosticSink {
  public static final int DEFAULT_CAP = 1000;

  private final List<Diagnostic> kept = new ArrayList<>();
  private final int cap;
  private int dropped;

  public DiagnosticSink() {
    this(DEFAULT_CAP);
  }

  public DiagnosticSink(int cap) {
    this.cap = cap;
  }

  public void report(Diagnostic d) {
    if (kept.size() < cap) {
      kept.add(d);
    } else {
      dropped++;
    }
  }

  /** The diagnostics so far, in source order (stable for equal positions). */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> copy = new ArrayList<>(kept);
    copy.sort(Comparator.comparing((Diagnostic d) -> d.span().source())
        .thenComparingInt(d -> d.span().line())
        .thenComparingInt(d -> d.span().column()));
    return List.copyOf(copy);
  }

  public int dropped() {
    return dropped;
  }

  public boolean has(Severity severity) {
    return kept.stream().anyMatch(d -> d.severity() == severity);
  }

  public long count(Severity severity) {
    return kept.stream().filter(d -> d.severity() == severity).count();
  }
}
