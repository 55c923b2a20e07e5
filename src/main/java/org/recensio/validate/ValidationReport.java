package org.recensio.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.recensio.diag.DiagnosticSink;

/** What the validators said about one TEI document, in the order they said it. */
public record ValidationReport(String systemId, List<ValidationIssue> issues) {
  public ValidationReport {
    Objects.requireNonNull(systemId, "systemId");
    issues = List.copyOf(issues);
  }

  public static ValidationReport empty(String systemId) {
    return new ValidationReport(systemId, List.of());
  }

  /** Valid: no issue of severity ERROR or FATAL (warnings do not count). */
  public boolean isValid() {
    return errors().isEmpty();
  }

  public List<ValidationIssue> errors() {
    return issues.stream().filter(ValidationIssue::isError).toList();
  }

  public boolean hasCode(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }

  /** This report followed by the other's issues. */
  public ValidationReport merge(ValidationReport other) {
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues());
    return new ValidationReport(systemId, all);
  }

  /** Hands every issue to the sink as a diagnostic. */
  public void reportTo(DiagnosticSink sink) {
    issues.forEach(i -> sink.report(i.toDiagnostic()));
  }

  /** One compiler-style line per issue. */
  public String format() {
    return issues.stream().map(ValidationIssue::format).collect(Collectors.joining("\n"));
  }
}
