/**
 * Stage {@code validate}: TEI document in, {@link org.recensio.validate.ValidationReport} out.
 *
 * <p><b>In:</b> the bytes (or the file) of one TEI document, and a schema chosen once per run:
 * Recensio's own ({@code schema/recensio.rng} + {@code schema/recensio.sch}, from the jar), any
 * {@code .rng} (Jing), {@code .xsd} (Xerces) or {@code .sch} (SchXslt on Saxon-HE) given with
 * {@code --schema}, or TEI All ({@code --tei-all}: tei_all.rng plus the Schematron rules embedded
 * in it, found by {@link org.recensio.validate.TeiAllLocator}).
 *
 * <p><b>Out:</b> a {@link org.recensio.validate.ValidationReport}: every
 * {@link org.recensio.validate.ValidationIssue} with a stable code (VAL001 grammar message, VAL002
 * unresolved reference, VAL003 duplicate note number, VAL004 other Schematron finding, VAL006
 * note without marker (warning), VAL007 duplicate xml:id, VAL008 not well-formed, VAL010 rule
 * could not run), its severity, and the TEI line:column where it was found. Reports can be
 * handed to a {@link org.recensio.diag.DiagnosticSink}.
 *
 * <p><b>Invariants:</b> the three pieces follow Jing's Schema/SchemaReader/Validator:
 * {@link org.recensio.validate.SchemaLoader} reads a schema once; the
 * {@link org.recensio.validate.TeiValidator} it returns is immutable and thread-safe and checks
 * one document per call; problems in the document are collected, never thrown. A schema that
 * cannot be read, or a tei_all.rng that cannot be downloaded, is bad configuration: an
 * {@link org.recensio.diag.InputException} (VAL005, VAL009). All XML is parsed with the hardened
 * readers of {@link org.recensio.xml.SecureXml}. This package imports only {@code model},
 * {@code diag} and {@code xml}.
 */
package org.recensio.validate;
