package org.recensio.collate;

/**
 * One token of a paragraph's text: a word (letters and digits, with apostrophes and hyphens inside,
 * a line-end hyphen included), a run of dashes, or one other non-blank character. {@code start}
 * and {@code end} are offsets into the paragraph's text; {@code printed} is the text there,
 * {@code normal} the form tokens are compared by, {@code bare} the printed form without whitespace.
 */
record Token(int paragraph, int start, int end, String printed, String normal, boolean word, String bare) {
  Token(int paragraph, int start, int end, String printed, String normal, boolean word) {
    this(paragraph, start, end, printed, normal, word, printed.indexOf('\n') < 0 && printed.indexOf(' ') < 0 ? printed
        : printed.replaceAll("\\s", ""));
  }

  /** The printed form without whitespace: what "printed alike" compares. */
  @Override
  public String bare() {
    return bare;
  }
}
