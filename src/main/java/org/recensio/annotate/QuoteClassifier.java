package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.Inline;

/**
 * Picks a quotation's element by its function, applying {@link QuotationRules}: from a document
 * ({@code quote}), speech reported ({@code said}), scare quotes ({@code soCalled}), else {@code q};
 * with how sure the builder is.
 */
final class QuoteClassifier {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");
  /** How far back a clause before a quotation is looked for, in characters. */
  private static final int CLAUSE_LOOK_BACK = 600;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[\\p{Lu}“‘\"])");
  private static final Pattern SENTENCE_MARKS = Pattern.compile("[.!?;:]");

  /** The element and the builder's certainty. */
  record Kind(Inline.QuoteKind kind, String cert) {}

  /**
   * What introduces a quotation: the clause before it (from the last sentence end, or the
   * quotation enclosing it), and whether the quotation stands as a paragraph of its own.
   */
  record Context(String clause, boolean block, boolean cited) {}

  private final QuotationRules rules;

  QuoteClassifier(QuotationRules rules) {
    this.rules = rules;
  }

  /** The clause of {@code text} before {@code open}, not reaching back beyond {@code from}. */
  static String clauseBefore(String text, int from, int open) {
    // only the clause's last words count (see classify), so a bounded look-back suffices and keeps
    // a huge paragraph linear
    String before = text.substring(Math.max(from, open - CLAUSE_LOOK_BACK), open);
    Matcher m = SENTENCE_END.matcher(before);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return before.substring(start);
  }

  Kind classify(String content, Context c) {
    if (c.cited()) {
      return new Kind(Inline.QuoteKind.QUOTE, "high");
    }
    String clause = c.clause().strip();
    List<String> words = words(clause);
    List<String> window = words.subList(Math.max(0, words.size() - rules.documentWindow()), words.size());
    boolean sayingNear = tail(words).stream().anyMatch(rules.sayingVerbs()::contains);
    boolean colon = clause.endsWith(":");
    boolean comma = clause.endsWith(",") && tail(words).stream()
        .anyMatch(w -> rules.sayingVerbs().contains(w) || rules.documentWords().contains(w));
    boolean introduced = colon || comma || sayingNear;
    if (!introduced && !c.block() && scareQuote(content)) {
      return new Kind(Inline.QuoteKind.SO_CALLED, words(content).size() == 1 ? "high" : "medium");
    }
    boolean document = window.stream().anyMatch(rules.documentWords()::contains);
    boolean saying = window.stream().anyMatch(rules.sayingVerbs()::contains);
    if (document && (introduced || saying || c.block())) {
      return new Kind(Inline.QuoteKind.QUOTE, colon || c.block() ? "high" : "medium");
    }
    if (sayingNear) {
      return new Kind(Inline.QuoteKind.SAID, colon || comma ? "high" : "medium");
    }
    return new Kind(Inline.QuoteKind.Q, colon || c.block() ? "medium" : "low");
  }

  /** A few words, no sentence punctuation, and not a title (every longer word capitalised). */
  private boolean scareQuote(String content) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(content);
    while (m.find()) {
      words.add(m.group());
    }
    List<String> longWords = words.stream().filter(w -> w.length() > 3).toList();
    boolean title = words.size() > 1 && !longWords.isEmpty() && longWords.stream()
        .allMatch(w -> Character.isUpperCase(w.charAt(0)));
    return !words.isEmpty() && words.size() <= rules.scareQuoteMaxWords()
        && !SENTENCE_MARKS.matcher(content.strip()).find() && !title;
  }

  private List<String> tail(List<String> words) {
    return words.subList(Math.max(0, words.size() - rules.introWords()), words.size());
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
