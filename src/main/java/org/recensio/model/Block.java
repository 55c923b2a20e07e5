package org.recensio.model;

/** A block of the body: a paragraph, an embedded document, or a section heading. */
public sealed interface Block permits Paragraph, EmbeddedDocument, Heading {}
