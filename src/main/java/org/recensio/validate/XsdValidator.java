package org.recensio.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.recensio.diag.InputException;
import org.recensio.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/** W3C XML Schema 1.0 through Xerces (factory created explicitly, hardened). */
final class XsdValidator implements TeiValidator {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String FULL_CHECKING = "http://apache.org/xml/features/validation/schema-full-checking";

  private final String name;
  private final Schema schema;

  private XsdValidator(String name, Schema schema) {
    this.name = name;
    this.schema = schema;
  }

  /** Reads an .xsd schema; imports and includes are resolved relative to it. */
  static XsdValidator load(URL url) throws InputException {
    IssueCollector problems = new IssueCollector(url.toString());
    SchemaFactory factory = factory();
    factory.setErrorHandler(problems);
    try {
      return new XsdValidator(SchemaLoader.fileName(url), factory.newSchema(url));
    } catch (SAXException e) {
      throw SchemaLoader.unreadable(url, problems.report(), e);
    }
  }

  private static SchemaFactory factory() {
    SchemaFactory factory = new org.apache.xerces.jaxp.validation.XMLSchemaFactory();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature(FULL_CHECKING, true);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("cannot harden the XML Schema factory", e);
    }
    return factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ValidationReport validate(byte[] tei, String systemId) {
    IssueCollector issues = new IssueCollector(systemId);
    Validator validator = schema.newValidator();
    validator.setErrorHandler(issues);
    InputSource in = new InputSource(new ByteArrayInputStream(tei));
    in.setSystemId(systemId);
    try {
      validator.validate(new SAXSource(SecureXml.xmlReader(), in));
    } catch (SAXParseException e) {
      issues.stopped(e);
    } catch (SAXException | IOException e) {
      issues.stopped(new SAXParseException(e.getMessage(), null, systemId, 0, 0));
    }
    return issues.report();
  }
}
