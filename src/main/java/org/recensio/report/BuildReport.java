package org.recensio.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** What one build did to one text: figures and every warning with its place. Written as JSON. */
@JsonPropertyOrder({"source", "encoding", "layout", "wrapWidth", "tei", "counts", "markersUnlinked",
    "notesUnreferenced", "valid", "diagnostics"})
public record BuildReport(String source, String encoding, String layout, int wrapWidth, String tei, Figures counts,
    int markersUnlinked, int notesUnreferenced, boolean valid, List<Entry> diagnostics) {
  public BuildReport {
    Objects.requireNonNull(source, "source");
    diagnostics = List.copyOf(diagnostics);
  }

  /** The structural figures. */
  @JsonPropertyOrder({"frontParagraphs", "bodyParagraphs", "headings", "embeddedParagraphs", "notes",
      "noteParagraphs", "markersLinked", "gaps", "embeddedDocuments", "embeddedUnits", "hyphensJoined", "hyphensKept",
      "editorDecisions"})
  public record Figures(int frontParagraphs, int bodyParagraphs, int headings, int embeddedParagraphs, int notes,
      int noteParagraphs, int markersLinked, int gaps, int embeddedDocuments, int embeddedUnits, int hyphensJoined,
      int hyphensKept, int editorDecisions) {}

  /** One diagnostic. */
  @JsonPropertyOrder({"severity", "code", "line", "column", "message"})
  public record Entry(String severity, String code, int line, int column, String message) {}

  /** The few lines printed on the console for this text. */
  public String summary() {
    Figures c = counts;
    long warnings = diagnostics.stream().filter(d -> !d.severity().equals("info")).count();
    return String.format(java.util.Locale.ROOT,
        "%s: %d paragraphs, %d notes, %d markers linked, %d unlinked, %d gaps, %d embedded units, %d warnings%s",
        source, c.bodyParagraphs(), c.notes(), c.markersLinked(), markersUnlinked, c.gaps(), c.embeddedUnits(), warnings,
        valid ? "" : ", NOT VALID");
  }
}
