package org.recensio.model;

import java.util.List;

/**
 * What a transcript's structure holds, counted once: for the header's editorial declaration and
 * the build report.
 */
public record Counts(int frontParagraphs, int bodyParagraphs, int notes, int noteParagraphs, int markersLinked,
    int gaps, int embeddedDocuments, int embeddedUnits, int hyphensJoined, int hyphensKept, int editorDecisions) {

  public static Counts of(Transcript t) {
    List<Paragraph> all = t.paragraphs().toList();
    List<Inline> inl = all.stream().flatMap(p -> p.inlines().stream()).toList();
    int joined = (int) inl.stream().filter(i -> i instanceof Inline.LineJoin j && j.joined()).count();
    int kept = (int) inl.stream().filter(i -> i instanceof Inline.LineJoin j && !j.joined()).count();
    List<EmbeddedDocument> docs = t.body().stream().filter(b -> b instanceof EmbeddedDocument)
        .map(b -> (EmbeddedDocument) b).toList();
    return new Counts(
        (int) t.front().paragraphs().count(),
        (int) t.bodyParagraphs().filter(p -> docs.stream().noneMatch(d -> d.head().orElse(null) == p)).count(),
        t.notes().size(),
        t.notes().stream().mapToInt(n -> n.paragraphs().size()).sum(),
        (int) inl.stream().filter(i -> i instanceof Inline.NoteRef).count(),
        (int) inl.stream().filter(i -> i instanceof Inline.LostText).count(),
        docs.size(),
        docs.stream().mapToInt(d -> d.units().size()).sum(),
        joined, kept,
        (int) editorDecisions(all, inl, t));
  }

  private static long editorDecisions(List<Paragraph> all, List<Inline> inl, Transcript t) {
    long paragraphs = all.stream().filter(p -> p.resp().isEditor()).count();
    long inlines = inl.stream().filter(i -> i instanceof Inline.LineJoin j && j.resp().isEditor()
        || i instanceof Inline.LostText l && l.resp().isEditor()).count();
    long docs = t.body().stream().filter(b -> b instanceof EmbeddedDocument d && d.resp().isEditor()).count();
    return paragraphs + inlines + docs;
  }
}
