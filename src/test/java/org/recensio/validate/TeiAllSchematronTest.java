package org.recensio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;

class TeiAllSchematronTest {
  private static final Path SAMPLE = Path.of("src/test/resources/schema-cases/valid/sample-speech.tei.xml");

  @Test
  void all93EmbeddedPatternsAreExtractedAndNoneSkipped() throws InputException {
    XdmNode schematron = TeiAllSchematron.extract(TeiConformance.teiAllRng());
    long patterns = schematron.select(net.sf.saxon.s9api.streams.Steps.descendant("pattern")).count();
    assertEquals(93, patterns);
    assertEquals(0, TeiAllSchematron.SKIPPED_PATTERNS.size());
  }

  @Test
  void everyExtractedPatternCompilesOnSaxonHe() throws Exception {
    XdmNode xslt = SchematronCompiler.toXslt(TeiAllSchematron.extract(TeiConformance.teiAllRng()));
    assertTrue(Saxon.compile(xslt) != null);
  }

  @Test
  void compiledRulesAreCachedPerFile() throws InputException {
    assertSame(TeiAllSchematron.forSchema(TeiConformance.teiAllRng()), TeiConformance.teiAllSchematron());
  }

  @Test
  void anEmbeddedRuleFindsTargetBesideCrefWithItsLine() throws IOException {
    ValidationReport report = teiAllRules("<ref type=\"noteAnchor\" target=\"#n2\">", "<ref type=\"noteAnchor\" target=\"#n2\" cRef=\"x\">");
    assertFalse(report.isValid(), report.format());
    ValidationIssue issue = report.errors().get(0);
    assertEquals(SvrlReader.GENERIC, issue.code());
    assertTrue(issue.format().startsWith("x.tei.xml:102:"), issue.format());
    assertTrue(issue.message().contains("Only one of the attributes @target and @cRef may be supplied on <ref>"), issue.message());
  }

  @Test
  void aNonfatalEmbeddedRuleIsAWarning() throws IOException {
    ValidationReport report = teiAllRules("<date when=\"1965\">", "<date when=\"1965\" from=\"1964\">");
    assertTrue(report.isValid(), report.format());
    assertEquals(Severity.WARNING, report.issues().get(0).severity());
    assertEquals(33, report.issues().get(0).line());
  }

  private static ValidationReport teiAllRules(String from, String to) throws IOException {
    String tei = Files.readString(SAMPLE).replace(from, to);
    return TeiConformance.teiAllSchematron().validate(tei.getBytes(StandardCharsets.UTF_8), "x.tei.xml");
  }

  @Test
  void teiAllValidatorRunsGrammarAndRules() throws InputException {
    TeiValidator teiAll = SchemaLoader.teiAll(TeiConformance.teiAllRng());
    assertTrue(teiAll.validate(SAMPLE).isValid());
  }
}
