package org.recensio.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;

/**
 * Decides each line-end hyphen ("organi-" / "sation"): joined when the joined word is attested
 * elsewhere in the text, kept when the hyphenated compound is attested or nothing is, unless the
 * editor's configuration says otherwise. Every decision becomes an {@link Inline.LineJoin}.
 */
public final class Dehyphenator {
  // Words and hyphenation sites are found by WordScanner, by hand: as regular expressions they
  // cost a quarter of the whole build on large texts.

  /** The words of the whole text, for attestation: joined forms and hyphenated compounds. */
  public record Vocabulary(Set<String> words) {
    public Vocabulary {
      words = Set.copyOf(words);
    }

    public static Vocabulary of(List<Paragraph> paragraphs) {
      Set<String> words = new HashSet<>();
      for (Paragraph p : paragraphs) {
        WordScanner.words(p.text().text(), w -> words.add(w.toLowerCase(Locale.ROOT)));
      }
      return new Vocabulary(words);
    }

    boolean has(String word) {
      return words.contains(word.toLowerCase(Locale.ROOT));
    }
  }

  public List<Paragraph> apply(List<Paragraph> paragraphs, Vocabulary vocabulary, EditionConfig config, DiagnosticSink sink) {
    Set<String> join = lower(config.layout().hyphenJoin());
    Set<String> keep = lower(config.layout().hyphenKeep());
    Resp editor = config.editorResp();
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      out.add(decide(p, vocabulary, join, keep, editor, sink));
    }
    return out;
  }

  private Paragraph decide(Paragraph p, Vocabulary vocabulary, Set<String> join, Set<String> keep, Resp editor,
      DiagnosticSink sink) {
    String text = p.text().text();
    if (text.indexOf("-\n") < 0) {
      return p;
    }
    List<Inline> joins = new ArrayList<>();
    WordScanner.Site m;
    int from = 0;
    while (from < text.length() && (m = WordScanner.site(text, from)) != null) {
      String joined = (m.before() + m.after()).toLowerCase(Locale.ROOT);
      String compound = (m.before() + "-" + m.after()).toLowerCase(Locale.ROOT);
      int hyphen = m.hyphen();
      Inline.LineJoin decision;
      if (join.contains(joined) || join.contains(compound)) {
        decision = new Inline.LineJoin(hyphen, hyphen + 2, true, editor);
      } else if (keep.contains(joined) || keep.contains(compound)) {
        decision = new Inline.LineJoin(hyphen, hyphen + 2, false, editor);
      } else if (vocabulary.has(joined)) {
        decision = new Inline.LineJoin(hyphen, hyphen + 2, true, Resp.BUILDER);
      } else {
        decision = new Inline.LineJoin(hyphen, hyphen + 2, false, Resp.BUILDER);
        if (!vocabulary.has(compound)) {
          sink.report(Diagnostic.of("LAY002", Severity.INFO, p.text().spanOf(hyphen), m.before() + m.after()));
        }
      }
      joins.add(decision);
      from = hyphen + 2;
    }
    return p.withAll(joins);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> s = new HashSet<>();
    words.forEach(w -> s.add(w.toLowerCase(Locale.ROOT)));
    return s;
  }
}
