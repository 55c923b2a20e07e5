package org.recensio.pipeline;

import org.recensio.annotate.NoteRefTagger;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Counts;
import org.recensio.model.SourceText;
import org.recensio.model.Transcript;
import org.recensio.structure.StructureReader;
import org.recensio.tei.BuildInfo;
import org.recensio.tei.TeiEncoder;

/**
 * The one place that knows the order of the stages: structure (layout, paragraphs, front
 * matter, notes section, embedded documents, hyphens), annotate (note links; the inline
 * semantics of the next stages go here), then the TEI encoder. Ingest runs before, in
 * {@link EditionBuilder}, because it deals with files.
 */
public final class Pipeline {
  private final EditionConfig config;
  private final BuildInfo build;
  private final Stage<SourceText, Transcript> structure;
  private final Stage<Transcript, Transcript> annotate;

  public Pipeline(EditionConfig config, BuildInfo build) {
    this.config = config;
    this.build = build;
    StructureReader reader = new StructureReader();
    NoteRefTagger noteRefs = new NoteRefTagger();
    this.structure = (text, sink) -> reader.read(text, config, sink);
    this.annotate = noteRefs::tag;
  }

  /** The result for one text: its structure, its TEI and its counts. */
  public record Result(Transcript transcript, byte[] tei, Counts counts) {}

  public Result run(SourceText text, DiagnosticSink sink) {
    Transcript structured = structure.apply(text, sink);
    Transcript annotated = annotate.apply(structured, sink);
    byte[] tei = new TeiEncoder().encode(annotated, config, build);
    return new Result(annotated, tei, Counts.of(annotated));
  }
}
