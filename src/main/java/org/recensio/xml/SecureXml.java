package org.recensio.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Every XML parser factory Recensio uses, created explicitly (never through the JAXP lookup,
 * which Xerces on the classpath would hijack) and hardened: no DTDs fetched, no external
 * entities, no XInclude, secure processing on.
 */
public final class SecureXml {
  /** The TEI namespace, the one place it is spelt out in Java. */
  public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
  private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
  private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

  private SecureXml() {}

  /** A namespace-aware SAX parser factory (Xerces) that refuses DOCTYPEs and external entities. */
  public static SAXParserFactory saxParserFactory() {
    SAXParserFactory f = new org.apache.xerces.jaxp.SAXParserFactoryImpl();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature(DISALLOW_DOCTYPE, true);
      f.setFeature(EXTERNAL_GENERAL, false);
      f.setFeature(EXTERNAL_PARAMETER, false);
      f.setFeature(LOAD_EXTERNAL_DTD, false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot harden the XML parser", e);
    }
    return f;
  }

  /** A hardened, namespace-aware XMLReader. */
  public static XMLReader xmlReader() {
    try {
      return saxParserFactory().newSAXParser().getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot create an XML reader", e);
    }
  }

  /** A hardened, namespace-aware DOM factory (Xerces). */
  public static DocumentBuilderFactory documentBuilderFactory() {
    DocumentBuilderFactory f = new org.apache.xerces.jaxp.DocumentBuilderFactoryImpl();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature(DISALLOW_DOCTYPE, true);
      f.setFeature(EXTERNAL_GENERAL, false);
      f.setFeature(EXTERNAL_PARAMETER, false);
      f.setFeature(LOAD_EXTERNAL_DTD, false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("cannot harden the DOM parser", e);
    }
    return f;
  }

  /** The JDK's built-in StAX writer factory, never a provider found on the classpath. */
  public static XMLOutputFactory xmlOutputFactory() {
    return XMLOutputFactory.newDefaultFactory();
  }

  /** A StAX reader factory with DTDs and external entities off. */
  public static XMLInputFactory xmlInputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}
