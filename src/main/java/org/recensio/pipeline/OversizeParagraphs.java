package org.recensio.pipeline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.LineSlice;
import org.recensio.model.Paragraph;
import org.recensio.model.TextBlock;
import org.recensio.model.Transcript;

/**
 * Keeps paragraphs longer than {@link #LIMIT} characters out of the inline-semantics taggers,
 * whose work grows faster than the paragraph's length: such a paragraph (a transcript without any
 * paragraph breaks) keeps its structure, note links, gaps and hyphens but gets no reactions,
 * quotations, emendations, names or dates, with warning ANN001. The build stays linear in the
 * size of the input.
 */
final class OversizeParagraphs {
  /** 256 K characters: some fifty printed pages in one paragraph. */
  static final int LIMIT = 256 * 1024;

  private final Map<TextBlock, Paragraph> parked = new IdentityHashMap<>();

  /** The transcript with every oversize paragraph replaced by an empty stand-in. */
  Transcript park(Transcript t, DiagnosticSink sink) {
    return t.mapParagraphs(p -> {
      if (p.text().text().length() <= LIMIT) {
        return p;
      }
      sink.report(Diagnostic.of("ANN001", Severity.WARNING, p.text().spanOf(0), p.text().text().length(), LIMIT));
      LineSlice first = p.text().slices().get(0);
      TextBlock standIn = new TextBlock(p.text().source(), "", List.of(new LineSlice(0, first.line(), first.column())));
      parked.put(standIn, p);
      return new Paragraph(standIn, List.of(), p.resp());
    });
  }

  /** The transcript with the oversize paragraphs back in place of their stand-ins. */
  Transcript restore(Transcript t) {
    if (parked.isEmpty()) {
      return t;
    }
    return t.mapParagraphs(p -> parked.getOrDefault(p.text(), p));
  }
}
