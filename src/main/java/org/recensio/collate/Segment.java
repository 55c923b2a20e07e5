package org.recensio.collate;

/**
 * How a witness reads a stretch of one copy-text paragraph: the paragraph's tokens [from, to)
 * (from == to: a point, before token {@code from}) read as the witness's tokens [witFrom, witTo)
 * (indices into all the witness's tokens). {@code variant} is false where both print the same
 * token; {@code breakBefore} where the witness starts a paragraph at witFrom.
 */
record Segment(int from, int to, int witFrom, int witTo, boolean variant, boolean breakBefore) {
  boolean point() {
    return from == to;
  }
}
