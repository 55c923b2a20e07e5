package org.recensio.annotate;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Regular expressions for printed forms ("N. I. Bukharin", "R.C.P.(B.)", "All-Russia Central
 * Council of Trade Unions"): any whitespace, line breaks included, between the words, and whole
 * words only — "Russia" does not match inside "All-Russia", nor "Lenin" inside "Leninist".
 */
final class TextForms {
  static final String BEFORE = "(?<![\\p{L}\\p{N}-])";
  static final String AFTER = "(?![\\p{L}\\p{N}]|-\\p{L})";

  private TextForms() {}

  /** The form's words with any whitespace between them, without the word boundaries. */
  static String words(String form) {
    return Arrays.stream(form.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
  }

  /** One form as a whole-word pattern. */
  static Pattern of(String form) {
    return Pattern.compile(BEFORE + words(form) + AFTER);
  }

  private static boolean capitalised(String form) {
    return !form.isEmpty() && Character.isUpperCase(form.codePointAt(0));
  }

  /** Any of the forms, the longest tried first at each place (only at capitals when all forms start with one). */
  static Pattern anyOf(Collection<String> forms) {
    String alternatives = forms.stream().distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(TextForms::words).collect(Collectors.joining("|"));
    return Pattern.compile(BEFORE + (forms.stream().allMatch(TextForms::capitalised) ? "(?=\\p{Lu})" : "")
        + "(?:" + alternatives + ")" + AFTER);
  }
}
