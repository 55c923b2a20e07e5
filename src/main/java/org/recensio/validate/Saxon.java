package org.recensio.validate;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.recensio.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * The one Saxon-HE processor of this package (thread-safe). Its parsers are Xerces, named
 * explicitly; stylesheets and documents may only be read from files and the class path.
 */
final class Saxon {
  private static final String XERCES_SAX = "org.apache.xerces.parsers.SAXParser";
  static final Processor PROCESSOR = processor();

  private Saxon() {}

  private static Processor processor() {
    Processor processor = new Processor(false);
    processor.setConfigurationProperty(Feature.SOURCE_PARSER_CLASS, XERCES_SAX);
    processor.setConfigurationProperty(Feature.STYLE_PARSER_CLASS, XERCES_SAX);
    processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
    return processor;
  }

  /** Parses a document with a hardened reader, keeping line and column numbers. */
  static XdmNode build(byte[] xml, String systemId) throws SaxonApiException {
    InputSource in = new InputSource(new ByteArrayInputStream(xml));
    in.setSystemId(systemId);
    return builder().build(new SAXSource(SecureXml.xmlReader(), in));
  }

  /** Parses a document given by URL with a hardened reader. */
  static XdmNode build(URL url) throws SaxonApiException {
    return builder().build(new SAXSource(SecureXml.xmlReader(), new InputSource(url.toString())));
  }

  /** Compiles a stylesheet shipped on the class path (its includes resolve beside it). */
  static XsltExecutable compile(URL stylesheet) throws SaxonApiException {
    return compiler().compile(new StreamSource(stylesheet.toString()));
  }

  static XsltExecutable compile(XdmNode stylesheet) throws SaxonApiException {
    return compiler().compile(stylesheet.asSource());
  }

  /** A resource this package needs from the class path; missing means a broken jar. */
  static URL resource(String path) {
    URL url = Saxon.class.getResource(path);
    if (url == null) {
      throw new IllegalStateException(path + " missing from the class path");
    }
    return url;
  }

  private static DocumentBuilder builder() {
    DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
    builder.setLineNumbering(true);
    return builder;
  }

  private static XsltCompiler compiler() {
    return PROCESSOR.newXsltCompiler();
  }
}
