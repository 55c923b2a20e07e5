package org.recensio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;

class SchemaLoaderTest {
  private static final Path SAMPLE = Path.of("src/test/resources/schema-cases/valid/sample-speech.tei.xml");
  private static final Path UNKNOWN = Path.of("src/test/resources/schema-cases/invalid/unknown-element.tei.xml");

  @TempDir
  Path dir;

  @Test
  void defaultSchemaIsLoadedOnce() {
    assertSame(SchemaLoader.recensio(), SchemaLoader.recensio());
  }

  @Test
  void xsdFromTheSharedFolderValidatesThroughXerces() throws InputException {
    TeiValidator xsd = SchemaLoader.load(TeiConformance.teiShared().resolve("xsd/tei_all.xsd"));
    assertTrue(xsd.validate(SAMPLE).isValid(), () -> xsd.validate(SAMPLE).format());
    ValidationReport report = xsd.validate(Path.of("src/test/resources/schema-cases/invalid/missing-publication-stmt.tei.xml"));
    assertFalse(report.isValid());
    assertTrue(report.errors().get(0).message().contains("publicationStmt"), report.format());
    assertTrue(report.errors().get(0).line() > 0);
  }

  @Test
  void anyRngGivenByPathIsReadByJing() throws InputException {
    TeiValidator rng = SchemaLoader.load(Path.of("schema/recensio.rng"));
    assertEquals("recensio.rng", rng.name());
    assertFalse(rng.validate(UNKNOWN).isValid());
  }

  @Test
  void unknownSchemaTypeIsAConfigurationError() throws IOException {
    Path dtd = Files.writeString(dir.resolve("tei.dtd"), "<!ELEMENT TEI ANY>");
    InputException e = assertThrows(InputException.class, () -> SchemaLoader.load(dtd));
    assertEquals("VAL005", e.diagnostic().code());
  }

  @Test
  void missingSchemaIsAConfigurationError() {
    InputException e = assertThrows(InputException.class, () -> SchemaLoader.load(dir.resolve("nope.rng")));
    assertTrue(e.getMessage().contains("nope.rng"), e.getMessage());
  }

  @Test
  void brokenRngNamesTheProblemAndItsPlace() throws IOException {
    Path rng = Files.writeString(dir.resolve("broken.rng"),
        "<grammar xmlns='http://relaxng.org/ns/structure/1.0'>\n<start><ref name='missing'/></start></grammar>");
    InputException e = assertThrows(InputException.class, () -> SchemaLoader.load(rng));
    assertEquals(Severity.FATAL, e.diagnostic().severity());
    assertTrue(e.getMessage().contains("broken.rng:2:"), e.getMessage());
  }

  @Test
  void notWellFormedInputIsReportedOnceAsFatal() {
    byte[] tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>".getBytes(StandardCharsets.UTF_8);
    ValidationReport report = SchemaLoader.recensio().validate(tei, "cut.xml");
    assertEquals(1, report.issues().stream().filter(i -> i.code().equals("VAL008")).count(), report.format());
    assertEquals(Severity.FATAL, report.errors().get(report.errors().size() - 1).severity());
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = pool.invokeAll(List.of(
          () -> SchemaLoader.recensio().validate(SAMPLE).isValid(),
          () -> !SchemaLoader.recensio().validate(UNKNOWN).isValid(),
          () -> SchemaLoader.recensio().validate(SAMPLE).isValid(),
          () -> !SchemaLoader.recensio().validate(UNKNOWN).isValid()));
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
