package org.recensio.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recensio.diag.Diagnostic;
import org.recensio.model.Counts;
import org.recensio.model.Transcript;

/** Builds the report of one text and serialises it as stable, pretty-printed JSON. */
public final class ReportWriter {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public BuildReport report(Transcript t, Counts c, String teiName, boolean valid, List<Diagnostic> diagnostics) {
    BuildReport.Figures f = new BuildReport.Figures(c.frontParagraphs(), c.bodyParagraphs(), c.headings(),
        c.embeddedParagraphs(), c.notes(),
        c.noteParagraphs(), c.markersLinked(), c.gaps(), c.embeddedDocuments(), c.embeddedUnits(), c.hyphensJoined(),
        c.hyphensKept(), c.editorDecisions());
    List<BuildReport.Entry> entries = diagnostics.stream()
        .map(d -> new BuildReport.Entry(d.severity().label(), d.code(), d.span().line(), d.span().column(), d.message()))
        .toList();
    int unlinked = (int) diagnostics.stream().filter(d -> d.code().equals("NOT001")).count();
    int unreferenced = (int) diagnostics.stream().filter(d -> d.code().equals("NOT002")).count();
    return new BuildReport(t.source().name(), t.source().charset(), t.layout().kind().label(), t.layout().wrapWidth(),
        teiName, f, unlinked, unreferenced, valid, entries);
  }

  public byte[] json(BuildReport report) {
    try {
      return (mapper.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report", e);
    }
  }

}
