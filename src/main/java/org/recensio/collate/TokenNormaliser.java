package org.recensio.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph's text into tokens and gives each the normal form it is compared by. The
 * normal form is for comparison only; the printed form is kept. Normalised: case, quotation-mark
 * glyphs (“ ” „ « » ‘ ’ → " and '), dashes (- – — ―, runs of them → —), hyphens inside a word and
 * line-end hyphenation ("organi-\nsation" → "organisation"), whitespace. The spelling key
 * ({@link #spellingKey}) further folds -ize/-ise, -yze/-yse, -our/-or and -tre/-ter, for
 * classifying a difference as orthographic.
 */
final class TokenNormaliser {
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:(?:['’`]|-\\n?)[\\p{L}\\p{N}]+)*|[-\\u2010-\\u2015]+|\\S");
  private static final Map<Character, Character> GLYPHS = Map.ofEntries(
      Map.entry('“', '"'), Map.entry('”', '"'), Map.entry('„', '"'), Map.entry('‟', '"'), Map.entry('«', '"'),
      Map.entry('»', '"'), Map.entry('‘', '\''), Map.entry('’', '\''), Map.entry('‚', '\''), Map.entry('‛', '\''),
      Map.entry('`', '\''));
  private static final List<String[]> SPELLING = List.of(
      new String[] {"(?<=\\p{L}{2})iz(e|es|ed|ing|er|ers|ation|ations)$", "is$1"},
      new String[] {"(?<=\\p{L}{2})yz(e|es|ed|ing)$", "ys$1"},
      new String[] {"(?<=\\p{L}{3})our(s|ed|ing|able|ite|ites)?$", "or$1"},
      new String[] {"(?<=\\p{L}{2})tre(s)?$", "ter$1"});

  private TokenNormaliser() {}

  /** The tokens of one paragraph's text. */
  static List<Token> tokens(int paragraph, String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String printed = m.group();
      boolean word = Character.isLetterOrDigit(printed.codePointAt(0));
      out.add(new Token(paragraph, m.start(), m.end(), printed, normal(printed, word), word));
    }
    return out;
  }

  /** The normal form of a printed token. */
  static String normal(String printed, boolean word) {
    if (!word && printed.chars().allMatch(c -> c == '-' || (c >= 0x2010 && c <= 0x2015))) {
      return "—";
    }
    StringBuilder sb = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (word && (c == '-' || Character.isWhitespace(c))) {
        continue;
      }
      sb.append(GLYPHS.getOrDefault(c, c));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The normal form with British/American spelling differences folded. */
  static String spellingKey(String normal) {
    String s = normal;
    for (String[] rule : SPELLING) {
      s = s.replaceAll(rule[0], rule[1]);
    }
    return s;
  }
}
