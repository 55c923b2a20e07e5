package org.recensio.render;

import java.io.ByteArrayInputStream;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ParseOptions;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.trans.XPathException;
import org.recensio.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * Parses TEI bytes into a Saxon tree with line numbers, with the hardened XML reader. Errors
 * are thrown, never printed.
 */
final class TeiReader {
  private TeiReader() {}

  static XdmNode read(Processor processor, byte[] tei, String name) throws RenderException {
    Configuration config = processor.getUnderlyingConfiguration();
    ParseOptions options = config.getParseOptions()
        .withLineNumbering(true)
        .withErrorReporter(error -> { });
    InputSource input = new InputSource(new ByteArrayInputStream(tei));
    input.setSystemId(name);
    try {
      return new XdmNode(config.buildDocumentTree(new SAXSource(SecureXml.xmlReader(), input), options)
          .getRootNode());
    } catch (XPathException e) {
      throw SaxonErrors.parsing(e, name);
    }
  }
}
