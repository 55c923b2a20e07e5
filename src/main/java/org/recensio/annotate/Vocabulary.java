package org.recensio.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recensio.model.Register;
import org.recensio.model.Transcript;

/**
 * The document's own vocabulary: how often each word occurs in the transcript (case folded, a
 * possessive "’s" taken off), and the words of the names in its register.
 */
final class Vocabulary {
  private final Map<String, Integer> counts;
  private final Set<String> names;

  private Vocabulary(Map<String, Integer> counts, Set<String> names) {
    this.counts = Map.copyOf(counts);
    this.names = Set.copyOf(names);
  }

  static Vocabulary of(Transcript t) {
    Map<String, Integer> counts = new HashMap<>();
    t.paragraphs().forEach(p -> WordTokens.of(p.text().text())
        .forEach(tok -> counts.merge(key(tok.text()), 1, Integer::sum)));
    Set<String> names = new HashSet<>();
    for (Register.Entry e : t.register().entries()) {
      e.forms().forEach(f -> WordTokens.of(f).forEach(tok -> names.add(key(tok.text()))));
      WordTokens.of(e.name()).forEach(tok -> names.add(key(tok.text())));
    }
    return new Vocabulary(counts, names);
  }

  /** The form a word is counted under: lower case, straight apostrophe, no possessive. */
  static String key(String word) {
    String w = word.replace('’', '\'').toLowerCase(Locale.ROOT);
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  int count(String word) {
    return counts.getOrDefault(key(word), 0);
  }

  boolean isName(String word) {
    return names.contains(key(word));
  }

  /** Every counted word, for fuzzy matching against the document's own vocabulary. */
  Set<String> words() {
    return counts.keySet();
  }
}
