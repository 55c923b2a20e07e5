package org.recensio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance cases in src/test/resources/schema-cases: every valid one passes all four
 * checks (so recensio.rng accepts nothing tei_all rejects, on these cases); every invalid one
 * names, in a comment {@code <!-- expect: CODE message-fragment -->}, the issue it must raise.
 */
class SchemaCasesTest {
  private static final Path CASES = Path.of("src/test/resources/schema-cases");
  private static final Pattern EXPECT = Pattern.compile("<!-- expect: (VAL\\d{3}) ?(.*?) -->");

  static Stream<Path> validCases() throws IOException {
    return list("valid");
  }

  static Stream<Path> invalidCases() throws IOException {
    return list("invalid");
  }

  @ParameterizedTest
  @MethodSource("validCases")
  void validCaseIsConformantToRecensioAndTeiAll(Path tei) {
    TeiConformance.assertConformant(tei);
  }

  @ParameterizedTest
  @MethodSource("validCases")
  void validCaseHasNoWarningsEither(Path tei) {
    assertEquals(List.of(), SchemaLoader.recensio().validate(tei).issues());
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void invalidCaseRaisesTheIssueItNames(Path tei) throws IOException {
    Matcher expect = EXPECT.matcher(Files.readString(tei));
    assertTrue(expect.find(), tei + " names no expected issue");
    ValidationReport report = SchemaLoader.recensio().validate(tei);
    assertTrue(report.issues().stream().anyMatch(i -> i.code().equals(expect.group(1))
            && i.message().contains(expect.group(2)) && i.line() > 0),
        () -> tei + ": expected " + expect.group(1) + " '" + expect.group(2) + "', got:\n" + report.format());
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void invalidCaseIsRejectedUnlessItOnlyWarns(Path tei) throws IOException {
    boolean warningOnly = Files.readString(tei).contains("expect: VAL006");
    assertEquals(warningOnly, SchemaLoader.recensio().validate(tei).isValid(), tei.toString());
  }

  private static Stream<Path> list(String folder) throws IOException {
    try (Stream<Path> files = Files.list(CASES.resolve(folder))) {
      List<Path> cases = files.filter(p -> p.toString().endsWith(".tei.xml")).sorted().toList();
      assertFalse(cases.isEmpty(), "no cases in " + folder);
      return cases.stream();
    }
  }
}
