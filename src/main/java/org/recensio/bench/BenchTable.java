package org.recensio.bench;

import java.io.PrintWriter;
import java.util.List;

/** Prints the benchmark's measurements as a table, then the linearity ratios. */
final class BenchTable {
  /** The throughput the issue aims at, one thread. */
  static final double AIM_MB_PER_SECOND = 20;
  private static final String ROW = "%-21s %8s %4s %9s %9s %7s %8s %9s %10s %9s %10s%n";

  private BenchTable() {}

  static void print(PrintWriter out, List<Bench.Measurement> rows) {
    out.printf(ROW, "case", "input MB", "runs", "decode ms", "wall ms", "MB/s", "cpu MB/s", "peak heap",
        "heap/input", "ms per MB", "paragraphs");
    for (Bench.Measurement m : rows) {
      if (m.refusal() != null) {
        out.printf("%-21s %8.2f  refused: %s%n", m.name(), m.megabytes(), m.refusal());
      } else {
        out.printf(ROW, m.name(), f2(m.megabytes()), m.runs(), f1(m.decodeNanos() / 1e6), f1(m.millis()),
            f1(m.mbPerSecond()), f1(m.cpuMbPerSecond()), f1((double) m.peakHeap() / Bench.MB),
            f1((double) m.peakHeap() / m.bytes()), f2(m.millisPerMb()), m.paragraphs());
      }
    }
    out.println("(MB = 2^20 bytes; wall ms includes decoding; cpu MB/s uses this thread's CPU time, which leaves out"
        + " GC threads and time lost to other processes; peak heap in MB is the sum of the heap pools' peaks)");
    out.println();
    linearity(out, rows);
    out.flush();
  }

  /** Time per MB of every larger input against the smallest shuffled corpus: 1.00 is linear. */
  private static void linearity(PrintWriter out, List<Bench.Measurement> rows) {
    List<Bench.Measurement> timed = rows.stream().filter(m -> m.refusal() == null && !m.name().equals("seed")).toList();
    Bench.Measurement base = timed.stream().filter(m -> m.name().equals("shuffled")).findFirst().orElse(null);
    if (base == null) {
      return;
    }
    out.printf("linearity (ms per MB relative to the %.0f MB corpus; 1.00 = linear):%n", base.megabytes());
    for (Bench.Measurement m : timed) {
      if (m != base) {
        out.printf("  %-22s %7.2f MB: %5.2f%n", m.name(), m.megabytes(), m.millisPerMb() / base.millisPerMb());
      }
    }
    long slow = timed.stream().filter(m -> m.mbPerSecond() < AIM_MB_PER_SECOND).count();
    out.printf("aim %.0f MB/s on one thread: %s%n", AIM_MB_PER_SECOND,
        slow == 0 ? "met by every input" : "missed by " + slow + " of " + timed.size() + " inputs");
  }

  private static String f1(double v) {
    return String.format("%.1f", v);
  }

  private static String f2(double v) {
    return String.format("%.2f", v);
  }
}
