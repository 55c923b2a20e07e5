package org.recensio.tei;

import java.util.Locale;

/**
 * Characters of the source that XML 1.0 cannot hold: the C0 controls other than TAB, LF and CR
 * (the decoder keeps them with warning ING011) and the noncharacters U+FFFE and U+FFFF. Nothing
 * is lost: in the text they are written as an empty {@code g} whose {@code @n} is the code point
 * ({@code <g type="control" n="U+0001"/>}), and the text export puts the character back. U+FDD0,
 * the noncharacter the export uses to carry them, is written the same way (type "noncharacter"),
 * so that every U+FDD0 in an export comes from a {@code g}. In the header, which is never exported,
 * and in attributes, such characters become U+FFFD.
 */
final class XmlChars {
  /** The noncharacter the text export brackets a code point with (see TextExporter). */
  static final char CARRIER = '\uFDD0';

  private XmlChars() {}

  /** Whether the character must be written as {@code g} in the text. */
  static boolean needsG(int cp) {
    return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0xFFFE || cp == 0xFFFF || cp == CARRIER
        || cp >= 0xD800 && cp <= 0xDFFF; // an unpaired surrogate (a pair arrives as one code point)
  }

  /** Writes text to the sink, each character XML cannot hold as {@code g}. */
  static void text(XmlSink out, String text, java.util.function.Consumer<String> raw) {
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (needsG(cp)) {
        if (run < i) {
          raw.accept(text.substring(run, i));
        }
        out.empty("g");
        out.attr("type", cp < 0x20 ? "control" : "noncharacter");
        out.attr("n", String.format(Locale.ROOT, "U+%04X", cp));
        run = next;
      }
      i = next;
    }
    if (run < text.length()) {
      raw.accept(run == 0 ? text : text.substring(run));
    }
  }

  /** The text with every character XML cannot hold replaced by U+FFFD (for attributes and the header). */
  static String replaced(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (needsG(cp) && cp != CARRIER) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** A sink for the header: text and attributes with U+FFFD for what XML cannot hold, never {@code g}. */
  static XmlSink plain(StaxSink sink) {
    return new XmlSink() {
      @Override
      public void start(String name) {
        sink.start(name);
      }

      @Override
      public void empty(String name) {
        sink.empty(name);
      }

      @Override
      public void attr(String name, String value) {
        sink.attr(name, value);
      }

      @Override
      public void xmlAttr(String local, String value) {
        sink.xmlAttr(local, value);
      }

      @Override
      public void text(String text) {
        sink.rawText(replaced(text));
      }

      @Override
      public void end() {
        sink.end();
      }

      @Override
      public void newline(int depth) {
        sink.newline(depth);
      }
    };
  }
}
