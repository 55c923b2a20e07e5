package org.recensio.annotate;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The spacing oddities {@link SpacingRegulariser} regularises, as data: each a pattern whose
 * match is the printed form and a replacement (with $1 … for groups) that gives the regular one.
 * The space before a quotation's closing mark ("“coalescing “") is found from the quotation.
 *
 * @param oddities the patterns, tried in order; a place matched by one is not tried again
 */
public record SpacingRules(List<Oddity> oddities) {
  /** One kind of oddity: what it is called, where it is printed, and its regular form. */
  public record Oddity(String name, Pattern printed, String regular) {
    public Oddity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(printed, "printed");
      Objects.requireNonNull(regular, "regular");
    }
  }

  public SpacingRules {
    oddities = List.copyOf(oddities);
  }

  public static final SpacingRules DEFAULT = new SpacingRules(List.of(
      // "Trotsky ’s", "haven ’t": a space before an apostrophe and its clitic
      new Oddity("space before apostrophe",
          Pattern.compile("(?<=\\p{L})[ \\t]+([’'](?:s|t|ll|re|ve|d|m))(?!\\p{L})"), "$1"),
      // "Construction )": a space before a closing parenthesis (the word before it is taken in, so
      // that the regular form is never empty)
      new Oddity("space before closing parenthesis",
          // (the look-behind only makes the search linear: a match always starts where a run of
          // these characters starts, so the matches are the same)
          Pattern.compile("(?<![\\p{L}\\p{N}.,;:!?’'-])([\\p{L}\\p{N}.,;:!?’'-]+)[ \\t]+(?=\\))"), "$1"),
      // "1921;Published": no space after a semicolon between words
      new Oddity("no space after semicolon", Pattern.compile("(?<=[\\p{L}\\p{N}]);(?=\\p{L})"), "; ")));
}
