package org.recensio.tei;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.recensio.xml.SecureXml;

/** Writes to a StAX {@link XMLStreamWriter} in the TEI namespace. */
final class StaxSink implements XmlSink {
  private final XMLStreamWriter w;

  StaxSink(XMLStreamWriter writer) {
    this.w = writer;
  }

  @Override
  public void start(String name) {
    run(() -> w.writeStartElement(SecureXml.TEI_NS, name));
  }

  @Override
  public void empty(String name) {
    run(() -> w.writeEmptyElement(SecureXml.TEI_NS, name));
  }

  @Override
  public void attr(String name, String value) {
    run(() -> w.writeAttribute(name, XmlChars.replaced(value)));
  }

  @Override
  public void xmlAttr(String local, String value) {
    run(() -> w.writeAttribute("xml", XMLConstants.XML_NS_URI, local, XmlChars.replaced(value)));
  }

  @Override
  public void text(String text) {
    XmlChars.text(this, text, run -> run(() -> w.writeCharacters(run)));
  }

  /** Text as it is, no {@code g}: the caller has replaced what XML cannot hold (see {@link XmlChars#plain}). */
  void rawText(String text) {
    run(() -> w.writeCharacters(text));
  }

  @Override
  public void end() {
    run(w::writeEndElement);
  }

  @Override
  public void newline(int depth) {
    run(() -> w.writeCharacters("\n" + "  ".repeat(depth)));
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private static void run(Step step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write TEI: " + e.getMessage(), e);
    }
  }
}
