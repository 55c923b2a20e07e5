package org.recensio.model;

/** A block of the body: a paragraph or an embedded document. */
public sealed interface Block permits Paragraph, EmbeddedDocument {}
