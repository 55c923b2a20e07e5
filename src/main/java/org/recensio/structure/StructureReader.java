package org.recensio.structure;

import java.util.List;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Block;
import org.recensio.model.Layout;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.SourceText;
import org.recensio.model.Transcript;

/**
 * The structure stage: a decoded transcript in, its structure out. Detects the layout, rebuilds
 * paragraphs (with lost text), reads the front matter, the notes section, embedded documents and
 * section headings, and decides line-end hyphens.
 */
public final class StructureReader {
  private final LayoutDetector layouts = new LayoutDetector();
  private final Paragrapher paragrapher = new Paragrapher();
  private final FrontMatterReader frontReader = new FrontMatterReader();
  private final NotesSectionReader notesReader = new NotesSectionReader();
  private final EmbeddedDocumentFinder embedded = new EmbeddedDocumentFinder();
  private final HeadingFinder headings = new HeadingFinder();
  private final Dehyphenator dehyphenator = new Dehyphenator();

  public Transcript read(SourceText text, EditionConfig config, DiagnosticSink sink) {
    Layout layout = layouts.detect(text, config.layout(), config.editorResp());
    sink.report(Diagnostic.of("LAY001", Severity.INFO, SourceSpan.file(text.name()), layout.kind().label(),
        layout.wrapWidth()));
    List<Paragraph> all = paragrapher.split(text, layout, config, sink);
    FrontMatterReader.Result front = frontReader.read(all, layout, config, sink);
    NotesSectionReader.Result rest = notesReader.read(all.subList(front.bodyStart(), all.size()),
        NotesSectionReader.firstMarker(all.subList(0, front.bodyStart())), config, sink);
    List<Block> body = headings.find(embedded.find(rest.body(), config, sink), config);
    Transcript t = new Transcript(text, layout, front.front(), body, rest.notes());
    Dehyphenator.Vocabulary vocabulary = Dehyphenator.Vocabulary.of(all);
    return dehyphenate(t, vocabulary, config, sink);
  }

  private Transcript dehyphenate(Transcript t, Dehyphenator.Vocabulary vocabulary, EditionConfig config,
      DiagnosticSink sink) {
    return t.mapParagraphs(p -> dehyphenator.apply(List.of(p), vocabulary, config, sink).get(0));
  }

}
