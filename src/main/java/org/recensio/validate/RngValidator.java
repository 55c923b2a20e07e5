package org.recensio.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import org.recensio.diag.InputException;
import org.recensio.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** RELAX NG (XML syntax) through Jing. The Jing {@link Schema} is thread-safe; validators are per run. */
final class RngValidator implements TeiValidator {
  private final String name;
  private final Schema schema;

  private RngValidator(String name, Schema schema) {
    this.name = name;
    this.schema = schema;
  }

  /** Reads a .rng schema; ID/IDREF checking on, as in Jing's command line. */
  static RngValidator load(URL url) throws InputException {
    IssueCollector problems = new IssueCollector(url.toString());
    PropertyMapBuilder properties = readerProperties(problems);
    RngProperty.CHECK_ID_IDREF.add(properties);
    try {
      InputSource in = new InputSource(url.toString());
      return new RngValidator(SchemaLoader.fileName(url), SAXSchemaReader.getInstance().createSchema(in, properties.toPropertyMap()));
    } catch (IncorrectSchemaException | SAXException | IOException e) {
      throw SchemaLoader.unreadable(url, problems.report(), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ValidationReport validate(byte[] tei, String systemId) {
    IssueCollector issues = new IssueCollector(systemId);
    Validator validator = schema.createValidator(readerProperties(issues).toPropertyMap());
    XMLReader reader = SecureXml.xmlReader();
    reader.setContentHandler(validator.getContentHandler());
    if (validator.getDTDHandler() != null) {
      reader.setDTDHandler(validator.getDTDHandler());
    }
    reader.setErrorHandler(issues);
    parse(reader, tei, systemId, issues);
    return issues.report();
  }

  static void parse(XMLReader reader, byte[] tei, String systemId, IssueCollector issues) {
    InputSource in = new InputSource(new ByteArrayInputStream(tei));
    in.setSystemId(systemId);
    try {
      reader.parse(in);
    } catch (SAXParseException e) {
      issues.stopped(e);
    } catch (SAXException | IOException e) {
      issues.stopped(new SAXParseException(e.getMessage(), null, systemId, 0, 0));
    }
  }

  private static PropertyMapBuilder readerProperties(IssueCollector issues) {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, issues);
    properties.put(ValidateProperty.XML_READER_CREATOR, SecureXml::xmlReader);
    return properties;
  }
}
