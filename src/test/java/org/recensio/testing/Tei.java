package org.recensio.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.recensio.xml.SecureXml;
import org.xml.sax.InputSource;

/** A parsed TEI document for assertions by XPath (prefix {@code t} is the TEI namespace). */
public final class Tei {
  private static final Processor PROCESSOR = new Processor(false);
  private final XdmNode doc;
  private final XPathCompiler xpath;

  private Tei(XdmNode doc) {
    this.doc = doc;
    this.xpath = PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("t", SecureXml.TEI_NS);
  }

  public static Tei parse(byte[] bytes) {
    try {
      SAXSource source = new SAXSource(SecureXml.xmlReader(), new InputSource(new ByteArrayInputStream(bytes)));
      return new Tei(PROCESSOR.newDocumentBuilder().build(source));
    } catch (SaxonApiException e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  public int count(String expr) {
    return Integer.parseInt(string("count(" + expr + ")"));
  }

  public String string(String expr) {
    try {
      return xpath.evaluate("string(" + expr + ")", doc).itemAt(0).getStringValue();
    } catch (SaxonApiException e) {
      throw new AssertionError("bad XPath " + expr + ": " + e.getMessage(), e);
    }
  }

  public List<String> strings(String expr) {
    try {
      return xpath.evaluate(expr, doc).stream().map(XdmItem::getStringValue).toList();
    } catch (SaxonApiException e) {
      throw new AssertionError("bad XPath " + expr + ": " + e.getMessage(), e);
    }
  }

  public boolean test(String expr) {
    return Boolean.parseBoolean(string("boolean(" + expr + ")"));
  }
}
