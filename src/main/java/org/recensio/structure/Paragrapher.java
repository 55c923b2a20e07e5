package org.recensio.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Layout;
import org.recensio.model.LineSlice;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceSpan;
import org.recensio.model.SourceText;
import org.recensio.model.TextBlock;

/**
 * Rebuilds paragraphs from physical lines for a given {@link Layout}: a paragraph ends at a
 * larger blank run, where the next line's first word would have fitted on this line (the
 * wrapping rule), before a numbered unit or note label that follows a sentence end, and around
 * front-matter date and label lines. A paragraph that breaks off mid-sentence before a larger
 * blank run, or at the end of the file, ends in lost text. The editor's breaks, joins and gaps
 * from the configuration win over every rule and are attributed to the editor.
 */
public final class Paragrapher {
  private final BreakRules rules = BreakRules.DEFAULT;
  private final DateParser dates = new DateParser();

  public List<Paragraph> split(SourceText text, Layout layout, EditionConfig config, DiagnosticSink sink) {
    List<Row> rows = rows(text);
    Resp editor = config.editorResp();
    Set<Integer> breaks = new HashSet<>(config.layout().breakBefore());
    Set<Integer> joins = new HashSet<>(config.layout().joinBefore());
    checkConfiguredLines(text, breaks, joins, sink);
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    Resp startResp = Resp.BUILDER;
    int lastUnit = 0;
    int startUnit = rows.isEmpty() ? -1 : rules.unitNumber(rows.get(0).trimmed);
    for (int i = 1; i <= rows.size(); i++) {
      boolean end = i == rows.size();
      Resp resp = Resp.BUILDER;
      if (!end) {
        Row prev = rows.get(i - 1);
        Row row = rows.get(i);
        int n = row.line.number();
        boolean brk;
        if (joins.contains(n)) {
          brk = false;
        } else if (breaks.contains(n)) {
          brk = true;
          resp = editor;
        } else {
          brk = breaksBefore(prev, row, i, layout, Math.max(lastUnit, startUnit));
        }
        if (!brk) {
          continue;
        }
        if (joins.contains(n) || breaks.contains(n)) {
          resp = editor;
        }
      }
      out.add(paragraph(text, rows, start, i, layout, config, editor, startResp, sink));
      lastUnit = startUnit > 0 ? startUnit : lastUnit;
      start = i;
      startUnit = i < rows.size() ? rules.unitNumber(rows.get(i).trimmed) : -1;
      startResp = resp;
    }
    return out;
  }

  private boolean breaksBefore(Row prev, Row row, int index, Layout layout, int lastUnit) {
    if (row.blankBefore > layout.separator() && row.blankBefore > 0) {
      return true;
    }
    if (layout.kind() == Layout.Kind.LINES) {
      return true;
    }
    if (layout.kind() == Layout.Kind.BLOCKS && row.blankBefore > 0) {
      return true;
    }
    if (layout.kind() == Layout.Kind.SPACED && fits(prev, row, layout.wrapWidth())) {
      return true;
    }
    int unit = rules.unitNumber(row.trimmed);
    if (unit > 0 && (unit == 1 || unit == lastUnit + 1)
        && rules.endsSentence(prev.trimmed)) {
      return true;
    }
    if (rules.noteLabel().matcher(row.trimmed).find() && rules.endsSentence(prev.trimmed)) {
      return true;
    }
    if (rules.isSectionNumber(row.trimmed) && rules.endsSentence(prev.trimmed) || rules.isSectionNumber(prev.trimmed)) {
      return true;
    }
    return index < rules.frontRegion() && (isFrontLine(row.trimmed) || isFrontLine(prev.trimmed) && isDate(prev.trimmed));
  }

  /** The wrapping rule: the next line's first word would have fitted on this one. */
  private static boolean fits(Row prev, Row row, int width) {
    return LineText.length(prev.trimmed) + 1 + LineText.length(LineText.firstWord(row.trimmed)) <= width;
  }

  private boolean isFrontLine(String trimmed) {
    return isDate(trimmed) || FrontLabels.match(trimmed).filter(m -> FrontLabels.isKnown(m.group(1))).isPresent();
  }

  private boolean isDate(String trimmed) {
    return dates.parseLine(trimmed).isPresent();
  }

  private Paragraph paragraph(SourceText text, List<Row> rows, int from, int to, Layout layout,
      EditionConfig config, Resp editor, Resp resp, DiagnosticSink sink) {
    StringBuilder sb = new StringBuilder();
    List<LineSlice> slices = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Row r = rows.get(i);
      if (i > from) {
        sb.append('\n');
      }
      slices.add(new LineSlice(sb.length(), r.line.number(), r.column));
      sb.append(r.trimmed);
    }
    Paragraph p = Paragraph.plain(TextBlock.of(text.name(), slices, sb.toString()), resp);
    int lastLine = rows.get(to - 1).line.number();
    int blankAfter = to < rows.size() ? rows.get(to).blankBefore : -1;
    return lost(p, lastLine, blankAfter, layout, config, editor, sink);
  }

  private Paragraph lost(Paragraph p, int lastLine, int blankAfter, Layout layout, EditionConfig config, Resp editor,
      DiagnosticSink sink) {
    int end = p.text().text().length();
    if (config.gaps().add().contains(lastLine)) {
      return p.with(new Inline.LostText(end, end, editor));
    }
    if (config.gaps().remove().contains(lastLine)) {
      return p;
    }
    boolean largerGap = blankAfter < 0 || blankAfter > Math.max(layout.separator(), 0) && blankAfter > 0;
    if (largerGap && !LostTextRule.endsComplete(p.text().text())) {
      sink.report(Diagnostic.of("GAP001", Severity.WARNING, p.text().spanOf(Math.max(0, end - 1))));
      return p.with(new Inline.LostText(end, end, Resp.BUILDER));
    }
    return p;
  }

  private static void checkConfiguredLines(SourceText text, Set<Integer> breaks, Set<Integer> joins, DiagnosticSink sink) {
    for (Set<Integer> set : List.of(breaks, joins)) {
      for (int n : set) {
        if (n < 1 || n > text.lines().size() || text.line(n).isBlank()) {
          sink.report(Diagnostic.of("CFG002", Severity.WARNING, SourceSpan.at(text.name(), Math.max(n, 0), 1), n));
        }
      }
    }
  }

  private static List<Row> rows(SourceText text) {
    List<Row> rows = new ArrayList<>();
    int blank = 0;
    for (SourceLine l : text.lines()) {
      if (l.isBlank()) {
        blank++;
        continue;
      }
      int lead = LineText.leading(l.text());
      rows.add(new Row(l, LineText.trim(l.text()), lead + 1, rows.isEmpty() ? 0 : blank));
      blank = 0;
    }
    return rows;
  }

  /** A non-blank line, trimmed, with the blank lines before it. */
  private record Row(SourceLine line, String trimmed, int column, int blankBefore) {}
}
