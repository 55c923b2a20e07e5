package org.recensio.model;

import java.util.List;

/**
 * What a transcript's structure holds, counted once: for the header's editorial declaration and
 * the build report. {@code bodyParagraphs} are the speech's own paragraphs: not headings, and not
 * the paragraphs of embedded documents, which {@code embeddedParagraphs} counts.
 */
public record Counts(int frontParagraphs, int bodyParagraphs, int headings, int embeddedParagraphs, int notes,
    int noteParagraphs, int markersLinked, int gaps, int embeddedDocuments, int embeddedUnits, int hyphensJoined,
    int hyphensKept, int editorDecisions) {

  public static Counts of(Transcript t) {
    List<Paragraph> all = t.paragraphs().toList();
    List<Inline> inl = all.stream().flatMap(p -> p.inlines().stream()).toList();
    List<EmbeddedDocument> docs = t.body().stream().filter(b -> b instanceof EmbeddedDocument)
        .map(b -> (EmbeddedDocument) b).toList();
    return new Counts(
        (int) t.front().paragraphs().count(),
        (int) t.body().stream().filter(b -> b instanceof Paragraph).count(),
        (int) t.body().stream().filter(b -> b instanceof Heading).count(),
        (int) docs.stream().flatMap(EmbeddedDocument::paragraphs).count(),
        t.notes().size(),
        t.notes().stream().mapToInt(n -> n.paragraphs().size()).sum(),
        (int) inl.stream().filter(i -> i instanceof Inline.NoteRef).count(),
        (int) inl.stream().filter(i -> i instanceof Inline.LostText).count(),
        docs.size(),
        docs.stream().mapToInt(d -> d.units().size()).sum(),
        (int) inl.stream().filter(i -> i instanceof Inline.LineJoin j && j.joined()).count(),
        (int) inl.stream().filter(i -> i instanceof Inline.LineJoin j && !j.joined()).count(),
        (int) editorDecisions(all, inl, t));
  }

  private static long editorDecisions(List<Paragraph> all, List<Inline> inl, Transcript t) {
    long paragraphs = all.stream().filter(p -> p.resp().isEditor()).count();
    long inlines = inl.stream().filter(i -> i instanceof Inline.LineJoin j && j.resp().isEditor()
        || i instanceof Inline.LostText l && l.resp().isEditor()).count();
    long blocks = t.body().stream().filter(b -> b instanceof EmbeddedDocument d && d.resp().isEditor()
        || b instanceof Heading h && h.resp().isEditor()).count();
    return paragraphs + inlines + blocks;
  }
}
