package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The collated seed's HTML edition in headless Chromium (issue 5, "Browser test: selecting
 * witness B shows B's reading at a known variant place; the apparatus popover lists all
 * sigla"): the witness switch with and without JavaScript, the readings of a variant place in
 * the panel by mouse and keyboard, the witnesses page, axe-core and the console.
 */
class ApparatusBrowserTest {
  private static final String PAGE = CollatedSeed.PAGE;
  private static final Optional<String> MISSING = ExternalTools.chromiumMissing();
  /** The known variant place: make-witnesses.py's log, "B substantive … question problem". */
  private static final String FIND_QUESTION = "return Array.prototype.find.call(document.querySelectorAll('.app'),"
      + " function (a) { return Array.prototype.some.call(a.querySelectorAll('.rdg.alt.wit-B'),"
      + " function (r) { return r.textContent.trim() === 'problem'; })"
      + " && a.querySelector('.rdg.lem').textContent.trim() === 'question'; });";

  private static Path site;
  private static ChromeDriver driver;
  private static WebDriverWait wait;
  private static List<String> sigla;

  @BeforeAll
  static void openTheCollatedSeedInChromium(@TempDir Path dir) throws Exception {
    if (!ExternalTools.present(MISSING)) {
      return;
    }
    site = dir.resolve("site");
    SeedSite.write(List.of(CollatedSeed.tei()), site);
    System.setProperty("webdriver.chrome.driver", ExternalTools.CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(ExternalTools.CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogLevel(ChromiumDriverLogLevel.OFF)
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ExternalTools.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--lang=en-GB",
        "--window-size=1280,900", "--user-data-dir=" + dir.resolve("profile"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    wait = new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(25));
    // the witnesses of the edition, from its witnesses page
    open(CollatedSeed.WITNESSES);
    sigla = driver.findElements(By.cssSelector(".witness-list dt .siglum")).stream().map(WebElement::getText).toList();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void desktopAndScriptsOn() {
    ExternalTools.assumePresent(MISSING);
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    consoleErrors();
  }

  @AfterEach
  void noConsoleErrorsAndNothingRemembered() {
    if (driver == null) {
      return;
    }
    List<String> errors = consoleErrors();
    driver.executeScript("try { window.localStorage.clear(); } catch (e) {}");
    assertEquals(List.of(), errors, "console errors");
  }

  @Test
  void theWitnessesPageListsTheCopyTextAndTheThreeWitnesses() {
    assertEquals(List.of("P", "B", "C", "D"), sigla);
    open(CollatedSeed.WITNESSES);
    assertTrue(driver.findElement(By.id("witness-P")).getText().toLowerCase(java.util.Locale.ROOT).contains("copy text"));
    open(PAGE);
    driver.findElement(By.cssSelector(".text-tools a[href='" + CollatedSeed.WITNESSES + "']")).click();
    wait.until(d -> d.getCurrentUrl().endsWith(CollatedSeed.WITNESSES));
  }

  @Test
  void selectingWitnessBShowsBsReadingAtAKnownVariantPlace() throws IOException {
    open(PAGE);
    WebElement place = question();
    assertEquals("question", shown(place), "the edited text");
    driver.findElement(By.cssSelector("label[for='read-as-B']")).click();
    assertTrue(driver.findElement(By.id("read-as-B")).isSelected());
    assertEquals("problem", shown(place), "as witness B reads it");
    WebElement status = driver.findElement(By.cssSelector(".witness-switch-status"));
    assertTrue(status.getText().contains("witness B"), status.getText());
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", place);
    save("desktop-text-witness-B.png");
    driver.findElement(By.cssSelector("label[for='read-as-C']")).click();
    assertEquals("question", shown(place), "C reads the lemma here");
    // remembered on the next visit, and set by the address
    open(PAGE);
    assertTrue(driver.findElement(By.id("read-as-C")).isSelected(), "the choice is remembered");
    open(PAGE + "?witness=B");
    assertEquals("problem", shown(question()));
    driver.findElement(By.id("read-as-edition")).sendKeys(Keys.SPACE);
    assertEquals("question", shown(question()));
  }

  @Test
  void theWitnessSwitchWorksWithoutJavaScript() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(PAGE);
    WebElement place = question();
    assertEquals("question", shown(place));
    driver.findElement(By.cssSelector("label[for='read-as-B']")).click();
    assertEquals("problem", shown(place));
    // and the marker leads to the place's entry in the section "Variants"
    WebElement marker = place.findElement(By.cssSelector("a.app-marker"));
    String entry = marker.getDomAttribute("href").substring(1);
    marker.click();
    wait.until(d -> d.getCurrentUrl().endsWith("#" + entry));
    assertTrue(driver.findElement(By.id(entry)).getText().contains("problem"));
  }

  @Test
  void theApparatusPopoverListsAllSiglaAndClosesByKeyboard() throws IOException {
    open(PAGE);
    WebElement marker = tabTo("a.app-marker", 200);
    assertEquals("button", marker.getDomAttribute("role"));
    assertEquals("false", marker.getDomAttribute("aria-expanded"));
    keys(Keys.ENTER);
    WebElement panel = wait.until(d -> visible(By.id("note-panel")));
    assertEquals("dialog", panel.getDomAttribute("role"));
    assertEquals(panel, active(), "focus moves into the panel");
    assertEquals("true", marker.getDomAttribute("aria-expanded"));
    assertEquals(new TreeSet<>(sigla), new TreeSet<>(panel.findElements(By.cssSelector(".siglum")).stream()
        .map(WebElement::getText).toList()), "every witness's siglum: " + panel.getText());
    save("desktop-text-variant-open.png");
    keys(Keys.ESCAPE);
    wait.until(d -> !panel.isDisplayed());
    assertEquals(marker, active(), "focus returns to the marker");
    assertEquals("false", marker.getDomAttribute("aria-expanded"));
    // Space opens it too; a click on the known place's marker shows question and problem
    keys(Keys.SPACE);
    wait.until(d -> panel.isDisplayed());
    keys(Keys.ESCAPE);
    wait.until(d -> !panel.isDisplayed());
    question().findElement(By.cssSelector("a.app-marker")).click();
    wait.until(d -> panel.isDisplayed());
    String text = panel.getText();
    assertTrue(text.contains("question") && text.contains("problem"), text);
    for (String siglum : sigla) {
      assertTrue(panel.findElements(By.xpath(".//*[contains(@class, 'siglum') and .='" + siglum + "']")).size() == 1, text);
    }
  }

  @Test
  void pagesWithAnApparatusHaveNoSeriousOrCriticalAxeViolations() throws IOException {
    String axe;
    try (InputStream in = ApparatusBrowserTest.class.getResourceAsStream("/axe.min.js")) {
      assertNotNull(in, "axe.min.js is not on the test class path");
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, List<String>> violations = new LinkedHashMap<>();
    open(PAGE);
    violations.put(PAGE, axe(axe));
    driver.findElement(By.cssSelector("label[for='read-as-D']")).click();
    question().findElement(By.cssSelector("a.app-marker")).click();
    wait.until(d -> visible(By.id("note-panel")));
    violations.put(PAGE + " (witness D, variant open)", axe(axe));
    open(CollatedSeed.WITNESSES);
    violations.put(CollatedSeed.WITNESSES, axe(axe));
    violations.values().removeIf(List::isEmpty);
    if (!violations.isEmpty()) {
      fail("axe-core, serious or critical:\n" + violations.entrySet().stream()
          .map(e -> e.getKey() + "\n  " + String.join("\n  ", e.getValue())).collect(Collectors.joining("\n")));
    }
  }

  // ---- helpers ----

  private static WebElement question() {
    WebElement place = (WebElement) driver.executeScript(FIND_QUESTION);
    assertNotNull(place, "no variant place question/problem (B) in " + PAGE);
    return place;
  }

  /** The reading a variant place shows, as the reader sees it. */
  private static String shown(WebElement place) {
    return place.findElements(By.cssSelector(".rdg")).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText).collect(Collectors.joining(" ")).strip();
  }

  private static String url(String page) {
    int split = page.indexOf('?') >= 0 ? page.indexOf('?') : page.indexOf('#') >= 0 ? page.indexOf('#') : page.length();
    return site.resolve(page.substring(0, split)).toUri() + page.substring(split);
  }

  private static void open(String page) {
    driver.get(url(page));
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  private static void keys(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  private static WebElement active() {
    return driver.switchTo().activeElement();
  }

  private static WebElement tabTo(String selector, int max) {
    for (int i = 0; i < max; i++) {
      keys(Keys.TAB);
      if ((Boolean) driver.executeScript("return document.activeElement.matches(arguments[0]);", selector)) {
        return active();
      }
    }
    throw new AssertionError(selector + " is not reached with " + max + " presses of Tab");
  }

  private static WebElement visible(By by) {
    List<WebElement> found = driver.findElements(by);
    return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
  }

  private static List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  @SuppressWarnings("unchecked")
  private static List<String> axe(String source) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("resultTypes", List.of("violations"));
    options.put("preload", false);
    driver.executeScript(source);
    Object result = driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, arguments[0]).then(function (r) {"
            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
            + "      + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', '); }));"
            + "}, function (e) { done(['axe failed: ' + e]); });", options);
    return (List<String>) result;
  }

  private static void save(String name) throws IOException {
    Path dir = Files.createDirectories(ExternalTools.artifacts("screenshots"));
    Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }
}
