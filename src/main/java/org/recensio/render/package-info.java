/**
 * Rendering: TEI in, other forms of the edition out, through XSLT 3.0 run by Saxon-HE.
 *
 * <p>In: a TEI P5 document as the encoder writes it (or as an editor hand-edited it): a file,
 * bytes, or a Saxon {@code XdmNode}. Input files are parsed with the hardened reader of
 * {@code org.recensio.xml.SecureXml}: no DTD and no external entity is ever loaded.
 *
 * <p>Out: {@link org.recensio.render.TextExporter} gives the plain text of a {@link
 * org.recensio.render.View}. The diplomatic view is the basis of the nothing-is-lost rule: with
 * every whitespace character removed it equals the source transcript with every whitespace
 * character removed. Output is deterministic: the same input and view give the same string.
 *
 * <p>{@link org.recensio.render.HtmlRenderer} gives the static HTML edition of one or more texts
 * ({@link org.recensio.render.TeiDocument}s) as relative path to bytes: per text a page with
 * both views and a page "About this edition"; for the edition a landing page, an index of
 * names, a search page with its index (a script), and the CSS and script assets. Byte-identical
 * for the same input; no page loads anything from outside the folder.
 *
 * <p>{@link org.recensio.render.PdfRenderer} gives the print edition: TEI to XSL-FO with
 * {@code xslt/fo/edition-fo.xsl}, then PDF with Apache FOP (fonts embedded from the classpath,
 * strict FO validation, English hyphenation). The same TEI gives the same PDF bytes.
 *
 * <p>Stylesheets live in the repository's {@code xslt/} folder and travel in the jar as the
 * classpath folder {@code xslt/}; each is compiled once per renderer, which is then thread-safe.
 * Problems in the input or in a stylesheet surface as {@link org.recensio.render.RenderException}
 * with file, line and column.
 */
package org.recensio.render;
