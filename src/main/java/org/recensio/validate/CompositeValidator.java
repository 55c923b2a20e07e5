package org.recensio.validate;

import java.util.List;
import java.util.Objects;

/**
 * Several validators run one after the other; one report with all their issues. A document that
 * is not well-formed is reported once, by the first.
 */
final class CompositeValidator implements TeiValidator {
  private final String name;
  private final List<TeiValidator> parts;

  CompositeValidator(String name, List<TeiValidator> parts) {
    this.name = Objects.requireNonNull(name, "name");
    this.parts = List.copyOf(parts);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ValidationReport validate(byte[] tei, String systemId) {
    ValidationReport report = ValidationReport.empty(systemId);
    for (TeiValidator part : parts) {
      report = report.merge(part.validate(tei, systemId));
      if (report.hasCode(IssueCollector.NOT_WELL_FORMED)) {
        break;
      }
    }
    return report;
  }
}
