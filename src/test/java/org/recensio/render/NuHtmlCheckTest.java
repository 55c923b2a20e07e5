package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the seed's site and of the corpus sites passes the Nu HTML Checker (vnu.jar)
 * with no error (issue #4, "HTML passes the Nu checker with no errors"). The checker runs once,
 * in its own JVM, over all the pages; each page is then a test of its own.
 */
class NuHtmlCheckTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  /** A page with a known error, checked with the others: the check can fail. */
  private static final String CANARY = "<!DOCTYPE html><html lang=\"en\"><head><title>canary</title></head>"
      + "<body><span><div>a div inside a span</div></span></body></html>";

  private static final Optional<String> MISSING = ExternalTools.vnuMissing();

  private static Path sites;
  private static Path canary;
  private static List<Path> pages;
  /** Errors by page (absolute path); a page without errors has none here. */
  private static final Map<Path, List<String>> ERRORS = new TreeMap<>();

  @BeforeAll
  static void renderTheSitesAndCheckThem(@TempDir Path dir) throws Exception {
    if (!ExternalTools.present(MISSING)) {
      return;
    }
    Path vnu = ExternalTools.vnuJar();
    sites = dir;
    List<TeiDocument> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tei.xml")).sorted().toList()) {
        String base = file.getFileName().toString().replaceFirst("\\.tei\\.xml$", "");
        corpus.add(new TeiDocument(base, Files.readAllBytes(file)));
      }
    }
    assertTrue(corpus.size() >= 5, "corpus TEI files in " + CORPUS + ": " + corpus.size());
    TeiDocument seed = SeedSite.tei();
    SeedSite.write(List.of(seed), dir.resolve("seed"));
    for (TeiDocument text : corpus) {
      SeedSite.write(List.of(text), dir.resolve("corpus-" + text.baseName()));
    }
    List<TeiDocument> all = new ArrayList<>(corpus);
    all.add(seed);
    SeedSite.write(all, dir.resolve("all-texts"));
    // issue 5: pages with a critical apparatus (variant places, witness switch, witnesses page)
    SeedSite.write(List.of(CollatedSeed.tei()), dir.resolve("collated-seed"));
    SeedSite.write(List.of(HtmlPages.document("apparatus", HtmlPages.FRAGMENTS + "apparatus.tei.xml")),
        dir.resolve("fragment-apparatus"));
    try (Stream<Path> files = Files.walk(dir)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    canary = Files.writeString(dir.resolve("canary.html"), CANARY);
    List<Path> checked = new ArrayList<>(pages);
    checked.add(canary);
    check(vnu, checked);
  }

  @BeforeEach
  void vnuIsInstalled() {
    ExternalTools.assumePresent(MISSING);
  }

  @Test
  void theCheckerFindsTheErrorInACanaryPage() {
    List<String> errors = ERRORS.getOrDefault(canary, List.of());
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).contains("“div” not allowed as child of element “span”"), errors.get(0));
  }

  @Test
  void everySiteHasItsPages() {
    assertTrue(Files.isRegularFile(sites.resolve("seed/index.html")));
    assertTrue(Files.isRegularFile(sites.resolve("all-texts/persons.html")));
    assertTrue(Files.isRegularFile(sites.resolve("all-texts/search.html")));
    assertTrue(Files.isRegularFile(sites.resolve("collated-seed/" + CollatedSeed.WITNESSES)));
  }

  @TestFactory
  Stream<DynamicTest> everyPagePassesTheNuHtmlChecker() {
    return pages.stream().map(page -> DynamicTest.dynamicTest(sites.relativize(page).toString(),
        () -> assertEquals(List.of(), ERRORS.getOrDefault(page, List.of()),
            () -> "Nu HTML Checker errors in " + sites.relativize(page))));
  }

  /** Runs vnu.jar once on all pages; its errors (and failures to read a page) go to ERRORS. */
  private static void check(Path vnu, List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss8m", "-XX:TieredStopAtLevel=1", // starts in half the time; a deep schema wants the stack
        "-jar", vnu.toString(), "--format", "json", "--stdout", "--exit-zero-always"));
    files.forEach(f -> command.add(f.toString()));
    Path out = Files.createTempFile("vnu", ".json");
    try {
      Process vnuProcess = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertTrue(vnuProcess.waitFor(120, TimeUnit.SECONDS), "vnu.jar did not finish in 2 minutes");
      assertEquals(0, vnuProcess.exitValue(), "vnu.jar failed: " + String.join(" ", command));
      JsonNode report = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
      for (JsonNode message : report.path("messages")) {
        String type = message.path("type").asText();
        if (type.equals("error") || type.equals("non-document-error")) {
          Path page = Path.of(java.net.URI.create(message.path("url").asText()));
          ERRORS.computeIfAbsent(page, p -> new ArrayList<>()).add(
              "line " + message.path("lastLine").asText("?") + ": " + message.path("message").asText()
                  + " [" + message.path("extract").asText("").strip() + "]");
        }
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
