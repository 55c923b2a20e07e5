package org.recensio.model;

/** Where one source line starts inside a {@link TextBlock}: its offset there, its line and column. */
public record LineSlice(int offset, int line, int column) {}
