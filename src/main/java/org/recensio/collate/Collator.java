package org.recensio.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.LabelledLine;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.Transcript;

/**
 * The collate stage: adds the variant places of the witnesses to the copy text's paragraphs (all of
 * them: front matter, body, embedded documents, headings and notes, in source order). See the
 * package documentation for the method.
 */
public final class Collator {
  private final EditionConfig config;
  private final ParagraphAligner aligner = new ParagraphAligner();
  private final TokenCollator collator = new TokenCollator();

  public Collator(EditionConfig config) {
    this.config = config;
  }

  /** The transcript with its variant places; {@code baseSiglum} is the copy text's siglum. */
  public Transcript collate(Transcript t, String baseSiglum, List<WitnessText> witnesses, DiagnosticSink sink) {
    if (witnesses.isEmpty()) {
      return t;
    }
    List<Paragraph> base = t.paragraphs()
        .sorted(Comparator.comparingInt((Paragraph p) -> p.text().firstLine())
            .thenComparingInt(p -> p.text().slices().get(0).column()))
        .toList();
    List<List<Token>> baseTokens = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      baseTokens.add(TokenNormaliser.tokens(i, base.get(i).text().text()));
    }
    List<Map<String, List<Segment>>> segments = new ArrayList<>();
    base.forEach(p -> segments.add(new LinkedHashMap<>()));
    List<WitnessTokens> all = new ArrayList<>();
    for (WitnessText w : witnesses) {
      WitnessTokens wt = WitnessTokens.of(w);
      all.add(wt);
      segment(base, baseTokens, wt, segments);
    }
    ApparatusBuilder builder = new ApparatusBuilder(baseSiglum, all);
    Map<Paragraph, Paragraph> labels = labelled(t);
    IdentityHashMap<Paragraph, List<Inline.App>> apps = new IdentityHashMap<>();
    int places = 0;
    for (int i = 0; i < base.size(); i++) {
      Paragraph p = base.get(i);
      List<Inline> extra = labels.containsKey(p) ? List.of(labels.get(p).inlines().get(0)) : List.of();
      List<Inline.App> found = builder.build(p, baseTokens.get(i), segments.get(i), extra);
      apps.put(p, found);
      places += found.size();
    }
    new LemmaChoices(config, sink).apply(apps);
    sink.report(Diagnostic.of("COL001", Severity.INFO, SourceSpan.file(t.source().name()), witnesses.size() + 1,
        places));
    return t.mapParagraphs(p -> apps.containsKey(p) && !apps.get(p).isEmpty() ? p.withAll(apps.get(p)) : p);
  }

  /** A front-matter line's label ("Source:") as an inline the places must nest with, by paragraph. */
  private static Map<Paragraph, Paragraph> labelled(Transcript t) {
    Map<Paragraph, Paragraph> out = new IdentityHashMap<>();
    for (LabelledLine l : t.front().labelled()) {
      out.put(l.paragraph(), Paragraph.plain(l.paragraph().text(), l.paragraph().resp())
          .with(new Inline.Label(0, l.labelEnd())));
    }
    return out;
  }

  /** Aligns one witness to the copy text and records its segments per copy-text paragraph. */
  private void segment(List<Paragraph> base, List<List<Token>> baseTokens, WitnessTokens w,
      List<Map<String, List<Segment>>> out) {
    List<String> baseTexts = base.stream().map(p -> p.text().text()).toList();
    List<ParagraphAligner.Group> groups = aligner.align(baseTexts, w.texts());
    List<List<Segment>> mine = new ArrayList<>();
    base.forEach(p -> mine.add(new ArrayList<>()));
    for (ParagraphAligner.Group g : groups) {
      for (int j = g.witFrom() + 1; j < g.witTo(); j++) {
        w.splitStarts().add(w.start(j));
      }
      if (g.baseFrom() == g.baseTo()) {
        added(g, baseTokens, w, mine);
      } else if (g.witFrom() == g.witTo()) {
        for (int i = g.baseFrom(); i < g.baseTo(); i++) {
          int at = w.start(g.witFrom());
          mine.get(i).add(new Segment(0, baseTokens.get(i).size(), at, at, true, false));
        }
      } else {
        collated(g, baseTokens, w, mine);
      }
    }
    for (int i = 0; i < base.size(); i++) {
      out.get(i).put(w.siglum(), mine.get(i));
    }
  }

  /** Witness paragraphs the copy text lacks: an addition at the end of the paragraph before. */
  private static void added(ParagraphAligner.Group g, List<List<Token>> baseTokens, WitnessTokens w,
      List<List<Segment>> mine) {
    int from = w.start(g.witFrom());
    int to = w.start(g.witTo());
    if (g.baseFrom() > 0) {
      int i = g.baseFrom() - 1;
      mine.get(i).add(new Segment(baseTokens.get(i).size(), baseTokens.get(i).size(), from, to, true, true));
    } else if (!baseTokens.isEmpty()) {
      mine.get(0).add(new Segment(0, 0, from, to, true, false));
    }
  }

  /** Paragraphs aligned to paragraphs: the CollateX places, split by copy-text paragraph. */
  private void collated(ParagraphAligner.Group g, List<List<Token>> baseTokens, WitnessTokens w,
      List<List<Segment>> mine) {
    List<Token> b = new ArrayList<>();
    List<int[]> where = new ArrayList<>(); // global index -> {paragraph, local index}
    for (int i = g.baseFrom(); i < g.baseTo(); i++) {
      for (int k = 0; k < baseTokens.get(i).size(); k++) {
        b.add(baseTokens.get(i).get(k));
        where.add(new int[] {i, k});
      }
    }
    int witOffset = w.start(g.witFrom());
    List<Token> wit = w.tokens().subList(witOffset, w.start(g.witTo()));
    int bi = 0;
    int wi = 0;
    for (TokenCollator.Place place : collator.places(b, wit)) {
      for (; bi < place.baseFrom(); bi++, wi++) {
        matched(where.get(bi), witOffset + wi, w, mine);
      }
      variant(g, place, where, baseTokens, witOffset, mine);
      bi = place.baseTo();
      wi = place.witTo();
    }
    for (; bi < b.size(); bi++, wi++) {
      matched(where.get(bi), witOffset + wi, w, mine);
    }
  }

  private static void matched(int[] at, int witIndex, WitnessTokens w, List<List<Segment>> mine) {
    List<Segment> list = mine.get(at[0]);
    if (w.splitStarts().contains(witIndex)) {
      list.add(new Segment(at[1], at[1], witIndex, witIndex, true, true));
    }
    list.add(new Segment(at[1], at[1] + 1, witIndex, witIndex + 1, false, false));
  }

  /** A place, split where it crosses copy-text paragraphs (the witness's words go to the first part). */
  private static void variant(ParagraphAligner.Group g, TokenCollator.Place place, List<int[]> where,
      List<List<Token>> baseTokens, int witOffset, List<List<Segment>> mine) {
    int wf = witOffset + place.witFrom();
    int wt = witOffset + place.witTo();
    if (place.addition()) {
      int[] at = place.baseFrom() == 0 ? new int[] {g.baseFrom(), 0}
          : new int[] {where.get(place.baseFrom() - 1)[0], where.get(place.baseFrom() - 1)[1] + 1};
      mine.get(at[0]).add(new Segment(at[1], at[1], wf, wt, true, false));
      return;
    }
    boolean first = true;
    for (int k = place.baseFrom(); k < place.baseTo(); ) {
      int para = where.get(k)[0];
      int from = where.get(k)[1];
      int end = k;
      while (end < place.baseTo() && where.get(end)[0] == para) {
        end++;
      }
      mine.get(para).add(first ? new Segment(from, from + end - k, wf, wt, true, false)
          : new Segment(from, from + end - k, wt, wt, true, false));
      first = false;
      k = end;
    }
  }
}
