package org.recensio.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.Messages;
import org.recensio.diag.Severity;
import org.recensio.model.SourceSpan;

/**
 * One problem a schema found in a TEI document: a stable code (VAL…), its severity, the message
 * arguments, and where in the TEI it is (line and column are 1-based; 0 when unknown).
 */
public record ValidationIssue(
    String code, Severity severity, List<String> args, String systemId, int line, int column) {

  public ValidationIssue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(systemId, "systemId");
    args = List.copyOf(args);
    line = Math.max(line, 0);
    column = Math.max(column, 0);
  }

  static ValidationIssue of(String code, Severity severity, String systemId, int line, int column, String... args) {
    return new ValidationIssue(code, severity, Arrays.asList(args), systemId, line, column);
  }

  /** The message text, from Messages.properties. */
  public String message() {
    return Messages.format(code, args);
  }

  /** Compiler-style location: {@code file:line:col}, or just the file. */
  public String location() {
    return span().location();
  }

  /** True for ERROR and FATAL: the document is not valid. */
  public boolean isError() {
    return severity.compareTo(Severity.ERROR) >= 0;
  }

  /** {@code file:line:col: error VAL002: message}. */
  public String format() {
    return toDiagnostic().format();
  }

  public Diagnostic toDiagnostic() {
    return new Diagnostic(code, severity, span(), args);
  }

  private SourceSpan span() {
    return SourceSpan.at(systemId, line, line == 0 ? 0 : column);
  }
}
