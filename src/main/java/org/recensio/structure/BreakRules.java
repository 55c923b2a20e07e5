package org.recensio.structure;

import java.util.regex.Pattern;

/**
 * The patterns that decide where a paragraph starts regardless of line length: numbered units,
 * note labels, front-matter labels and date lines. Policy as data, handed to the
 * {@link Paragrapher}.
 */
record BreakRules(Pattern numberedUnit, Pattern noteLabel, Pattern frontLabel, Pattern sentenceEnd, Pattern sectionNumber,
    int frontRegion) {
  static final BreakRules DEFAULT = new BreakRules(
      Pattern.compile("^(\\d{1,3})\\.\\s+\\S"),
      Pattern.compile("^\\[(\\d{1,3}[a-z]?)\\]"),
      FrontLabels.PATTERN,
      Pattern.compile("[.;:!?…”’\"')\\]]$"),
      Pattern.compile("^(?:(?:Part|Chapter|Section|Book)\\s+[\\dIVXLC]+\\.?|[IVXLC]{1,7}\\.?|§\\s*\\d+)$"),
      60);

  /** The number of a numbered unit that opens this line, or -1. */
  int unitNumber(String line) {
    var m = numberedUnit.matcher(line);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** A line that is only a section number ("II", "Part III"): a heading standing alone. */
  boolean isSectionNumber(String line) {
    return sectionNumber.matcher(line).matches();
  }

  boolean endsSentence(String line) {
    return sentenceEnd.matcher(line).find();
  }
}
