package org.recensio.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.recensio.annotate.NoteRefTagger;
import org.recensio.annotate.RegisterBuilder;
import org.recensio.collate.Collator;
import org.recensio.collate.WitnessText;
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
 * semantics of the next stages go here), collate (only when the configuration lists witnesses:
 * the critical apparatus), then the TEI encoder. Ingest runs before, in
 * {@link EditionBuilder}, because it deals with files.
 */
public final class Pipeline {
  private final EditionConfig config;
  private final BuildInfo build;
  private final Stage<SourceText, Transcript> structure;
  private final List<Stage<Transcript, Transcript>> annotators;

  public Pipeline(EditionConfig config, BuildInfo build) {
    this.config = config;
    this.build = build;
    StructureReader reader = new StructureReader();
    this.structure = (text, sink) -> reader.read(text, config, sink);
    this.annotators = annotators(config);
  }

  /**
   * The annotate stage, in order: the register first (the main speaker and the configured
   * entries), then the taggers that find inline semantics, then the note links.
   */
  private static List<Stage<Transcript, Transcript>> annotators(EditionConfig config) {
    List<Stage<Transcript, Transcript>> list = new ArrayList<>();
    list.add(new RegisterBuilder(config)::build);
    // inline-semantics taggers (reactions, interjections, turns, quotations, emendations, names,
    // dates) are added here, in this order, one line each
    list.add(new org.recensio.annotate.StageTagger(config)::tag);
    list.add(new org.recensio.annotate.QuotationTagger(config)::tag);
    list.add(new org.recensio.annotate.SpacingRegulariser(config)::tag);
    list.add(new org.recensio.annotate.OcrTagger(config)::tag);
    list.add(new org.recensio.annotate.NameTagger(config)::tag);
    list.add(new org.recensio.annotate.DateTagger(config)::tag);
    return List.copyOf(list);
  }

  /** The result for one text: its structure, its TEI and its counts. */
  public record Result(Transcript transcript, byte[] tei, Counts counts) {}

  /** A witness to collate: its siglum, its decoded text, and the configuration its structure is read with. */
  public record WitnessSource(String siglum, SourceText text, EditionConfig config) {}

  public Result run(SourceText text, DiagnosticSink sink) {
    return run(text, List.of(), null, sink);
  }

  /**
   * Runs the stages; with witnesses, the collate stage runs after annotate: each witness's
   * structure is read (its paragraphs, in source order) and collated against the copy text.
   */
  public Result run(SourceText text, List<WitnessSource> witnesses, Witnesses described, DiagnosticSink sink) {
    Transcript t = structure.apply(text, sink);
    OversizeParagraphs oversize = new OversizeParagraphs();
    t = oversize.park(t, sink);
    for (Stage<Transcript, Transcript> annotator : annotators) {
      t = annotator.apply(t, sink);
    }
    t = new NoteRefTagger().tag(oversize.restore(t), sink);
    List<org.recensio.model.Witness> listed = List.of();
    if (!witnesses.isEmpty()) {
      List<WitnessText> texts = witnesses.stream().map(Pipeline::paragraphs).toList();
      t = new Collator(config).collate(t, described.copyText().siglum(), texts, sink);
      listed = described.all();
    }
    byte[] tei = new TeiEncoder().encode(t, config, build, listed);
    return new Result(t, tei, Counts.of(t));
  }

  /** A witness's paragraphs in source order (its own structure diagnostics are not the edition's). */
  public static WitnessText paragraphs(WitnessSource w) {
    Transcript wt = new StructureReader().read(w.text(), w.config(), new DiagnosticSink());
    return new WitnessText(w.siglum(), wt.paragraphs()
        .sorted(java.util.Comparator.comparingInt((org.recensio.model.Paragraph p) -> p.text().firstLine())
            .thenComparingInt(p -> p.text().slices().get(0).column()))
        .map(org.recensio.model.Paragraph::text).toList());
  }
}
