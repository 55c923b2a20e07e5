package org.recensio.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Pairs the quotation marks of one paragraph: “ ” and ‘ ’ (nesting), straight "…" and '…'.
 * An apostrophe (workers’, it’s, haven’t) is no mark: a ’ between letters, a word-initial ’
 * with no closing ’ after it, a ’ after a plural s before a word while another ’ can still close
 * the quotation, and any ’ while no single quotation is open. A ’ opening a word is an opener
 * (’industrial democracy’) when a closing ’ follows. A “ preceded by a space or letter and
 * followed by a space or punctuation, while a “ is open, is the source's broken closer
 * (“in principle “).
 */
final class QuoteScanner {
  /** A pair of marks: the quotation runs from {@code open} to {@code end} (marks included). */
  record Span(int open, int end, String rend) {}

  /** The pairs found, the openers left open (outermost first) and the closers with no opener. */
  record Scan(List<Span> spans, List<Integer> unclosed, List<Integer> unopened) {
    Scan {
      spans = List.copyOf(spans);
      unclosed = List.copyOf(unclosed);
      unopened = List.copyOf(unopened);
    }
  }

  private enum Family { DOUBLE, SINGLE, STRAIGHT_DOUBLE, STRAIGHT_SINGLE }

  private record Open(int pos, Family family) {}

  private static final String OPENING_CONTEXT = "([{—–-/“‘\"'";
  private static final String CLOSING_PUNCTUATION = ".,;:!?)]}—–";

  private static final java.util.Set<String> CLITICS = java.util.Set.of("s", "t", "ll", "re", "ve", "d", "m", "em",
      "tis", "twas");

  private final String text;
  private final IntPredicate skip;
  private final Deque<Open> stack = new ArrayDeque<>();
  private final List<Span> spans = new ArrayList<>();
  private final List<Integer> unopened = new ArrayList<>();
  private final List<Integer> abandoned = new ArrayList<>();

  private QuoteScanner(String text, IntPredicate skip) {
    this.text = text;
    this.skip = skip;
  }

  /** Scans {@code text}, ignoring the marks at offsets {@code skip} accepts (owned by other markup). */
  static Scan scan(String text, IntPredicate skip) {
    return new QuoteScanner(text, skip).run();
  }

  private Scan run() {
    for (int i = 0; i < text.length(); i++) {
      if (!skip.test(i)) {
        mark(i, text.charAt(i));
      }
    }
    List<Integer> unclosed = new ArrayList<>(abandoned);
    stack.descendingIterator().forEachRemaining(o -> unclosed.add(o.pos()));
    return new Scan(spans, unclosed.stream().sorted().toList(), unopened);
  }

  private void mark(int i, char c) {
    switch (c) {
      case '“' -> {
        if (has(Family.DOUBLE) && brokenCloser(i)) {
          close(Family.DOUBLE, i);
        } else {
          stack.push(new Open(i, Family.DOUBLE));
        }
      }
      case '”' -> closeOrStray(Family.DOUBLE, i);
      case '‘' -> stack.push(new Open(i, Family.SINGLE));
      case '’' -> single(i, '’', Family.SINGLE);
      case '\'' -> single(i, '\'', Family.STRAIGHT_SINGLE);
      case '"' -> straightDouble(i);
      default -> { }
    }
  }

  private void single(int i, char closer, Family family) {
    boolean prevWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean nextWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    if (prevWord && nextWord) {
      return;
    }
    if (nextWord) {
      if (opensAfter(i - 1) && !clitic(i + 1) && laterCloser(i + 1, closer)) {
        stack.push(new Open(i, family));
      }
      return;
    }
    boolean open = !stack.isEmpty() && stack.peek().family() == family;
    if (open && !(possessive(i) && laterCloser(i + 1, closer)) && i > stack.peek().pos() + 1) {
      close(family, i);
    }
  }

  private void straightDouble(int i) {
    if (has(Family.STRAIGHT_DOUBLE)) {
      close(Family.STRAIGHT_DOUBLE, i);
    } else if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)) && opensAfter(i - 1)) {
      stack.push(new Open(i, Family.STRAIGHT_DOUBLE));
    } else {
      unopened.add(i);
    }
  }

  private void closeOrStray(Family family, int i) {
    if (has(family)) {
      close(family, i);
    } else {
      unopened.add(i);
    }
  }

  /** Closes the innermost quotation of {@code family}; quotations opened inside it stay unclosed. */
  private void close(Family family, int i) {
    while (stack.peek().family() != family) {
      abandoned.add(stack.pop().pos());
    }
    int open = stack.pop().pos();
    spans.add(new Span(open, i + 1, "" + text.charAt(open) + text.charAt(i)));
  }

  private boolean has(Family family) {
    return stack.stream().anyMatch(o -> o.family() == family);
  }

  /** A “ after a space or letter, before a space, punctuation or the end. */
  private boolean brokenCloser(int i) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    boolean after = i > 0 && (Character.isWhitespace(prev) || Character.isLetter(prev));
    boolean before = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
        || CLOSING_PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0;
    return after && before;
  }

  /** Whether an opening mark may stand after offset {@code prev}: at the start, after a space or an opener. */
  private boolean opensAfter(int prev) {
    return prev < 0 || Character.isWhitespace(text.charAt(prev)) || OPENING_CONTEXT.indexOf(text.charAt(prev)) >= 0;
  }

  /** "’s", "’t", "’ll" … standing alone after a space ("Trotsky ’s", "haven ’t"): an apostrophe. */
  private boolean clitic(int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return CLITICS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** A plural possessive: "workers’ state". */
  private boolean possessive(int i) {
    return text.charAt(i - 1) == 's' && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 1))
        && Character.isLetter(text.charAt(i + 2));
  }

  /** Whether a closing single mark follows before the enclosing double quotation (if any) closes. */
  private boolean laterCloser(int from, char closer) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '”' && has(Family.DOUBLE) || c == '"' && has(Family.STRAIGHT_DOUBLE)) {
        return false;
      }
      boolean prevWord = j > 0 && !Character.isWhitespace(text.charAt(j - 1));
      boolean nextWord = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
      if (c == closer && prevWord && !nextWord && !skip.test(j)) {
        return true;
      }
    }
    return false;
  }
}
