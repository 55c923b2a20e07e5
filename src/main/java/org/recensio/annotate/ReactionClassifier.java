package org.recensio.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides by its words whether the text inside a pair of delimiters is an audience reaction,
 * and classifies it: "Prolonged, stormy applause." → ovation; "Laughter. Applause." → laughter,
 * applause; "Cries of “Shame!”" → cries, disapproval. Words inside quotation marks are what the
 * hall cried: they may add categories but need not be reaction vocabulary.
 */
final class ReactionClassifier {
  private static final Pattern TOKEN = Pattern.compile(
      "(?<quoted>“[^”]*”|\"[^\"]*\"|‘[^’]*’)|(?<word>\\p{L}[\\p{L}\\p{M}’'\\-]*)|(?<number>\\p{N}+)|(?<stop>[.;!?:])|(?<comma>,)");
  private static final List<String> KINDS = List.of("quoted", "word", "number", "stop", "comma");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}’'\\-]*");

  /** What the classifier says about one parenthesis. */
  sealed interface Verdict {}

  /** A reaction with its categories; cert "medium" when part of it was not reaction vocabulary. */
  record Reaction(List<String> categories, String cert) implements Verdict {}

  /**
   * Reaction vocabulary ({@code keyword}, suggesting {@code categories}) beside a word that is
   * none ({@code stray}): left as text.
   */
  record NearMiss(String keyword, String stray, List<String> categories) implements Verdict {}

  /** Not a reaction. */
  record NotReaction() implements Verdict {}

  private final ReactionRules rules;

  ReactionClassifier(ReactionRules rules) {
    this.rules = rules;
  }

  Verdict classify(String content) {
    List<Token> tokens = tokens(content);
    if (tokens.stream().filter(t -> t.is("word")).count() > rules.maxWords()) {
      return new NotReaction();
    }
    Scan scan = new Scan();
    for (int i = 0; i < tokens.size(); i++) {
      i += scan.step(tokens, i);
    }
    if (scan.categories.isEmpty()) {
      return new NotReaction();
    }
    if (scan.stray != null) {
      return new NearMiss(scan.keyword == null ? "" : scan.keyword, scan.stray, List.copyOf(scan.categories));
    }
    return new Reaction(List.copyOf(scan.categories), scan.skipped ? "medium" : "high");
  }

  /** The categories of the words of a quotation that the hall cried ("Shame!" → disapproval). */
  private Optional<String> quotedCategory(String word) {
    return Optional.ofNullable(rules.keywords().get(word.toLowerCase(Locale.ROOT)));
  }

  /** A token of the content: its kind (a group name of {@link #TOKEN}) and its text. */
  private record Token(String kind, String text) {
    boolean is(String k) {
      return kind.equals(k);
    }
  }

  private static List<Token> tokens(String content) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(content);
    while (m.find()) {
      for (String kind : KINDS) {
        if (m.group(kind) != null) {
          out.add(new Token(kind, m.group(kind)));
          break;
        }
      }
    }
    return out;
  }

  /** The state of one left-to-right pass over the tokens. */
  private final class Scan {
    final Set<String> categories = new LinkedHashSet<>();
    String keyword;
    String stray;
    boolean intensify;
    boolean free;
    boolean skipped;

    /** Reads the token at {@code i}; returns how many further tokens it consumed. */
    int step(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      if (t.is("stop")) {
        free = false;
        intensify = false;
      } else if (t.is("comma")) {
        free = false;
      } else if (t.is("quoted")) {
        Matcher w = WORD.matcher(t.text());
        while (w.find()) {
          quotedCategory(w.group()).ifPresent(categories::add);
        }
        skipped = true;
      } else if (t.is("number")) {
        unknown(t.text());
      } else {
        return word(tokens, i);
      }
      return 0;
    }

    private int word(List<Token> tokens, int i) {
      for (int n = Math.min(rules.longestKeyword(), tokens.size() - i); n >= 1; n--) {
        Optional<String> phrase = phrase(tokens, i, n);
        String category = phrase.map(rules.keywords()::get).orElse(null);
        if (category != null) {
          keyword = keyword == null ? phrase.get() : keyword;
          categories.add(intensify ? rules.intensified().getOrDefault(category, category) : category);
          intensify = false;
          free = false;
          return n - 1;
        }
      }
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (rules.intensifiers().contains(w)) {
        intensify = true;
      } else if (rules.sourceOpeners().contains(w)) {
        free = true;
      } else if (!rules.fillers().contains(w)) {
        unknown(tokens.get(i).text());
      }
      return 0;
    }

    private void unknown(String token) {
      if (free) {
        skipped = true;
      } else if (stray == null) {
        stray = token;
      }
    }

    /** The {@code n} words from {@code i} in lower case, if they are all words. */
    private Optional<String> phrase(List<Token> tokens, int i, int n) {
      StringBuilder out = new StringBuilder();
      for (int k = i; k < i + n; k++) {
        if (!tokens.get(k).is("word")) {
          return Optional.empty();
        }
        out.append(k > i ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
      }
      return Optional.of(out.toString());
    }
  }
}
