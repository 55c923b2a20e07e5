package org.recensio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.recensio.diag.Severity;

class ValidationIssueTest {
  @Test
  void formatsLikeACompiler() {
    ValidationIssue issue = ValidationIssue.of("VAL002", Severity.ERROR, "lenin.tei.xml", 12, 7, "#n9");
    assertEquals("lenin.tei.xml:12:7: error VAL002: reference #n9 does not resolve to any xml:id in the document",
        issue.format());
  }

  @Test
  void anIssueWithoutALineNamesOnlyTheFile() {
    assertEquals("a.xml", ValidationIssue.of("VAL001", Severity.ERROR, "a.xml", 0, 0, "x").location());
  }

  @Test
  void svrlRolesMapOntoSeverities() {
    assertEquals(Severity.WARNING, SvrlReader.severity("nonfatal"));
    assertEquals(Severity.WARNING, SvrlReader.severity("Warning"));
    assertEquals(Severity.INFO, SvrlReader.severity("info"));
    assertEquals(Severity.ERROR, SvrlReader.severity(null));
    assertEquals(Severity.ERROR, SvrlReader.severity("fatal"));
  }

  @Test
  void teiVersionIsReadFromTheHeaderComment() {
    assertEquals("4.12.0", TeiAllSchema.versionIn("<!--\nTEI Edition: P5 Version\u00a04.12.0. Last updated").orElseThrow());
  }
}
