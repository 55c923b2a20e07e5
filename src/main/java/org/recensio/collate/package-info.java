/**
 * Collate: the critical apparatus (issue 5). The copy text's annotated transcript and the
 * witnesses' paragraphs in, the same transcript out with {@link org.recensio.model.Inline.App}
 * variant places added to its paragraphs.
 *
 * <p><b>In:</b> the copy text's {@link org.recensio.model.Transcript} after the annotate stage, and
 * for each other witness its siglum and its paragraphs in source order
 * ({@link org.recensio.collate.WitnessText}; the pipeline runs the structure stage on each witness).
 * <b>Out:</b> the transcript with one {@code App} per variant place.
 *
 * <p><b>How:</b> each witness is aligned to the copy text paragraph by paragraph
 * ({@link org.recensio.collate.ParagraphAligner}: dynamic programming over the paragraphs with a
 * similarity on word shingles, allowing 1:1, 1:2, 2:1, 1:0 and 0:1 matches, in a band around the
 * diagonal, so the work grows linearly with the text); each aligned group is collated at word-token
 * level with CollateX ({@link org.recensio.collate.TokenCollator}, Needleman–Wunsch over
 * {@code SimpleWitness}es of our own tokens). Tokens are compared by a normal form only
 * ({@link org.recensio.collate.TokenNormaliser}: case, quotation-mark glyphs, dashes, line-end and
 * in-word hyphens, whitespace); a difference in the printed form that the normal form hides is
 * still a variant (orthographic or punctuation), so that every witness can be recovered from the
 * TEI. The places of all witnesses are merged where they overlap, widened so that they nest with
 * the copy text's inlines ({@link org.recensio.collate.ApparatusBuilder}), and classified
 * ({@link org.recensio.collate.VariantClassifier}).
 *
 * <p><b>Invariants on the output:</b>
 * <ul>
 *   <li>Apps of one paragraph are disjoint, nest properly with every other inline, never lie inside
 *       an element that cannot hold them (note anchors, labels, names, dates, sic/orig, line-end
 *       hyphens) nor over the delimiters recorded on an inline's {@code rend}.</li>
 *   <li>For every witness, the copy text with each App replaced by that witness's reading equals
 *       the witness's text, whitespace aside (nothing is lost, for every witness).</li>
 *   <li>No witness, no change: the transcript comes back as it went in.</li>
 * </ul>
 *
 * <p>Imports only {@code model}, {@code diag} and {@code config}.
 */
package org.recensio.collate;
