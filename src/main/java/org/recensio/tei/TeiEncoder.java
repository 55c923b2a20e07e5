package org.recensio.tei;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.recensio.config.EditionConfig;
import org.recensio.model.Counts;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;
import org.recensio.xml.SecureXml;

/**
 * The TEI stage: a structured, annotated transcript in, a TEI P5 document out (UTF-8 bytes),
 * written with StAX. The text is written twice: once to count its elements for the header's
 * tagUsage, once for real. The output depends only on its inputs.
 */
public final class TeiEncoder {
  private static final int BUFFER = 1 << 16;

  public byte[] encode(Transcript t, EditionConfig config, BuildInfo build) {
    return encode(t, config, build, java.util.List.of());
  }

  /**
   * The TEI of a transcript; {@code witnesses} lists the witnesses of its apparatus (none: no
   * apparatus, and the header is as without witnesses).
   */
  public byte[] encode(Transcript t, EditionConfig config, BuildInfo build,
      java.util.List<org.recensio.model.Witness> witnesses) {
    HeaderWriter.Speaker speaker = speaker(t, config);
    CountingSink counter = new CountingSink();
    new TextWriter(counter, speaker.id()).write(t);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, (int) Math.min(t.source().length() * 2, Integer.MAX_VALUE / 2)));
    // the StAX writer hands its UTF-8 to the stream byte by byte: buffer it, or every byte is a
    // synchronized call on the ByteArrayOutputStream
    BufferedOutputStream buffered = new BufferedOutputStream(bytes, BUFFER);
    try {
      XMLStreamWriter w = SecureXml.xmlOutputFactory().createXMLStreamWriter(buffered, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(SecureXml.TEI_NS);
      w.writeStartElement(SecureXml.TEI_NS, "TEI");
      w.writeDefaultNamespace(SecureXml.TEI_NS);
      w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
      StaxSink sink = new StaxSink(w);
      new HeaderWriter(XmlChars.plain(sink), t, config, build, speaker, witnesses).write(withText(counter.counts()), Counts.of(t),
          counter.resps());
      new TextWriter(sink, speaker.id()).write(t);
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
      buffered.flush();
    } catch (XMLStreamException | IOException e) {
      throw new IllegalStateException("cannot write TEI: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** The counts of the text plus the text and TEI elements themselves. */
  private static Map<String, Integer> withText(Map<String, Integer> counts) {
    java.util.TreeMap<String, Integer> all = new java.util.TreeMap<>(counts);
    all.remove("text");
    all.put("text", 1);
    all.put("TEI", 1);
    return all;
  }

  /** The main speaker: the register's, else the configuration's, else the author line's. */
  private static HeaderWriter.Speaker speaker(Transcript t, EditionConfig config) {
    java.util.Optional<org.recensio.model.Register.Entry> main = t.register().entries().stream()
        .filter(e -> e.role().equals("speaker")).findFirst();
    if (main.isPresent()) {
      return new HeaderWriter.Speaker(main.get().id(), main.get().name());
    }
    String printed = t.front().author().map(Plain::of).orElse("the speaker");
    return config.speakerConfig()
        .map(s -> new HeaderWriter.Speaker(s.id() != null ? s.id() : org.recensio.model.Register.idFor(printed, "speaker"),
            s.name() != null ? s.name() : printed))
        .orElseGet(() -> new HeaderWriter.Speaker(org.recensio.model.Register.idFor(printed, "speaker"), printed));
  }
}
