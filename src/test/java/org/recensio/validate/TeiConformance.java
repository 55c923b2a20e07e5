package org.recensio.validate;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.recensio.diag.InputException;

/**
 * Test helper for the whole project: a TEI document must pass Recensio's schema (recensio.rng +
 * recensio.sch), tei_all.rng, and the Schematron rules embedded in tei_all.rng. Schemas are
 * loaded and compiled once per JVM, on first use; tei_all comes from the system property
 * {@code recensio.tei.shared} (Surefire sets it), else {@code ../shared/tei}.
 */
public final class TeiConformance {
  private TeiConformance() {}

  /** Fails with every error of every check when the file is not conformant. */
  public static void assertConformant(Path tei) {
    try {
      assertConformant(Files.readAllBytes(tei), tei.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with every error of every check when the document is not conformant. */
  public static void assertConformant(byte[] tei) {
    assertConformant(tei, "generated.tei.xml");
  }

  public static void assertConformant(String tei) {
    assertConformant(tei.getBytes(StandardCharsets.UTF_8));
  }

  public static void assertConformant(byte[] tei, String systemId) {
    List<ValidationReport> reports = Checks.ALL.stream().map(v -> v.validate(tei, systemId)).toList();
    String errors = reports.stream().flatMap(r -> r.errors().stream())
        .map(ValidationIssue::format).collect(Collectors.joining("\n  "));
    if (!errors.isEmpty()) {
      fail("TEI is not conformant:\n  " + errors);
    }
  }

  /** Every check, run separately: recensio, tei_all.rng, tei_all Schematron. */
  public static List<ValidationReport> reports(byte[] tei, String systemId) {
    return Checks.ALL.stream().map(v -> v.validate(tei, systemId)).toList();
  }

  /** The shared TEI folder (tei_all.rng, xsd/). */
  public static Path teiShared() {
    return Path.of(System.getProperty("recensio.tei.shared", "../shared/tei"));
  }

  public static Path teiAllRng() {
    return teiShared().resolve("tei_all.rng");
  }

  static TeiValidator recensio() {
    return Checks.ALL.get(0);
  }

  static TeiValidator teiAllGrammar() {
    return Checks.ALL.get(1);
  }

  static TeiValidator teiAllSchematron() {
    return Checks.ALL.get(2);
  }

  /** Loaded on first use, once per JVM. */
  private static final class Checks {
    static final List<TeiValidator> ALL = load();

    private static List<TeiValidator> load() {
      try {
        return List.of(SchemaLoader.recensio(), SchemaLoader.load(teiAllRng()), TeiAllSchematron.forSchema(teiAllRng()));
      } catch (InputException e) {
        throw new IllegalStateException("cannot load the conformance schemas: " + e.getMessage(), e);
      }
    }
  }
}
