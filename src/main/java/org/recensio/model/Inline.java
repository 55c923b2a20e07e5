package org.recensio.model;

/**
 * A piece of markup over a stretch of a {@link TextBlock}'s text, {@code start} inclusive,
 * {@code end} exclusive. Inlines of one block nest properly or are disjoint; the TEI encoder
 * turns them into elements. The annotate stage adds more kinds; the encoder knows them all.
 */
public sealed interface Inline permits Inline.NoteRef, Inline.LineJoin, Inline.LostText, Inline.Label {
  int start();

  int end();

  /** A note marker such as "[4b]" pointing at the note with that id. */
  record NoteRef(int start, int end, String noteId) implements Inline {}

  /**
   * A line-end hyphen followed by the line break: {@code start} is the hyphen, {@code end} is
   * just past the break. {@code joined} means the hyphen only splits a word.
   */
  record LineJoin(int start, int end, boolean joined, Resp resp) implements Inline {}

  /** Text lost in transmission, at one point ({@code start == end}). */
  record LostText(int start, int end, Resp resp) implements Inline {}

  /** A printed label such as "[1]" opening a note or "3." opening a numbered unit. */
  record Label(int start, int end) implements Inline {}
}
