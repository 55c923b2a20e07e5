package org.recensio.tei;

/**
 * Where the encoder writes elements: the real StAX writer, or a counter that only tallies element
 * names (for the header's tagUsage). Block elements go on lines of their own via {@link #newline}.
 */
interface XmlSink {
  void start(String name);

  /** An element with no content; attributes may follow until the next call of another kind. */
  void empty(String name);

  void attr(String name, String value);

  /** An attribute in the XML namespace ({@code xml:id}, {@code xml:lang}). */
  void xmlAttr(String local, String value);

  void text(String text);

  void end();

  /** A line break and indentation before a block element (never inside mixed content). */
  void newline(int depth);
}
