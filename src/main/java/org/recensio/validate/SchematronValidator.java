package org.recensio.validate;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;

/** ISO Schematron, compiled once by SchXslt, run on Saxon-HE; findings read from SVRL. */
final class SchematronValidator implements TeiValidator {
  static final String RULE_FAILED = "VAL010";

  private final String name;
  private final XsltExecutable compiled;

  SchematronValidator(String name, XsltExecutable compiled) {
    this.name = name;
    this.compiled = compiled;
  }

  /** Reads and compiles a .sch schema. */
  static SchematronValidator load(URL url) throws InputException {
    try {
      return new SchematronValidator(SchemaLoader.fileName(url), SchematronCompiler.compile(Saxon.build(url)));
    } catch (SaxonApiException e) {
      throw SchemaLoader.unreadable(url, ValidationReport.empty(url.toString()), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ValidationReport validate(byte[] tei, String systemId) {
    XdmNode document;
    try {
      document = Saxon.build(tei, systemId);
    } catch (SaxonApiException e) {
      return failure(IssueCollector.NOT_WELL_FORMED, Severity.FATAL, systemId, e);
    }
    try {
      return new ValidationReport(systemId, SvrlReader.read(run(document), document, systemId));
    } catch (SaxonApiException e) {
      return failure(RULE_FAILED, Severity.ERROR, systemId, e);
    }
  }

  private XdmNode run(XdmNode document) throws SaxonApiException {
    Xslt30Transformer transformer = compiled.load30();
    transformer.setGlobalContextItem(document);
    XdmDestination svrl = new XdmDestination();
    transformer.applyTemplates(document, svrl);
    return svrl.getXdmNode();
  }

  private static ValidationReport failure(String code, Severity severity, String systemId, SaxonApiException e) {
    List<ValidationIssue> issues = new ArrayList<>();
    issues.add(ValidationIssue.of(code, severity, systemId, e.getLineNumber(), 0, e.getMessage()));
    return new ValidationReport(systemId, issues);
  }
}
