package org.recensio.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
  private static final Pattern SITE = Pattern.compile("(\\p{L}+)-\\n(\\p{Ll}\\p{L}*)");

  /** The words of the whole text, for attestation: joined forms and hyphenated compounds. */
  public record Vocabulary(Set<String> words) {
    public Vocabulary {
      words = Set.copyOf(words);
    }

    public static Vocabulary of(List<Paragraph> paragraphs) {
      Set<String> words = new HashSet<>();
      for (Paragraph p : paragraphs) {
        Matcher m = WORD.matcher(p.text().text());
        while (m.find()) {
          words.add(m.group().toLowerCase(Locale.ROOT));
        }
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
    Matcher m = SITE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String joined = (m.group(1) + m.group(2)).toLowerCase(Locale.ROOT);
      String compound = (m.group(1) + "-" + m.group(2)).toLowerCase(Locale.ROOT);
      int hyphen = m.end(1);
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
          sink.report(Diagnostic.of("LAY002", Severity.INFO, p.text().spanOf(hyphen), m.group(1) + m.group(2)));
        }
      }
      joins.add(decision);
      from = m.end(1) + 2;
    }
    return p.withAll(joins);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> s = new HashSet<>();
    words.forEach(w -> s.add(w.toLowerCase(Locale.ROOT)));
    return s;
  }
}
