package org.recensio.validate;

import java.util.ArrayList;
import java.util.List;
import org.recensio.diag.Severity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Turns SAX errors of one validation run into issues. Not thread-safe: one per run. */
final class IssueCollector implements ErrorHandler {
  static final String SCHEMA_MESSAGE = "VAL001";
  static final String NOT_WELL_FORMED = "VAL008";

  private final String systemId;
  private final List<ValidationIssue> issues = new ArrayList<>();

  IssueCollector(String systemId) {
    this.systemId = systemId;
  }

  @Override
  public void warning(SAXParseException e) {
    add(SCHEMA_MESSAGE, Severity.WARNING, e);
  }

  @Override
  public void error(SAXParseException e) {
    add(SCHEMA_MESSAGE, Severity.ERROR, e);
  }

  @Override
  public void fatalError(SAXParseException e) {
    add(NOT_WELL_FORMED, Severity.FATAL, e);
  }

  /** A parse that stopped on an exception the handler did not see. */
  void stopped(SAXParseException e) {
    if (issues.stream().noneMatch(i -> i.severity() == Severity.FATAL)) {
      fatalError(e);
    }
  }

  ValidationReport report() {
    return new ValidationReport(systemId, issues);
  }

  private void add(String code, Severity severity, SAXParseException e) {
    issues.add(ValidationIssue.of(code, severity, systemId, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
  }
}
