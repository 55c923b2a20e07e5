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
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The seed's HTML edition in headless Chromium, as a reader meets it: opened from file:// URLs,
 * used with the keyboard, checked with axe-core, photographed at phone and desktop widths
 * (issue #4, "Browser tests"). One browser and one site for the class.
 */
class EditionBrowserTest {
  private static final String PAGE = SeedSite.PAGE;
  private static final String ABOUT = SeedSite.BASE + "-about.html";
  private static final String BUKHARIN = "person-n-i-bukharin";
  private static final List<String> PAGES =
      List.of("index.html", PAGE, ABOUT, "persons.html", "search.html", "search.html?q=Rudzutak");

  private static final Optional<String> MISSING = ExternalTools.chromiumMissing();

  private static Path site;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void openTheSeedSiteInChromium(@TempDir Path dir) throws Exception {
    if (!ExternalTools.present(MISSING)) {
      return;
    }
    site = dir.resolve("site");
    SeedSite.write(List.of(SeedSite.tei()), site);

    // Debian's driver, named both ways: Selenium Manager is then never run, so nothing is downloaded
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
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void desktopLightAndReadingView() {
    ExternalTools.assumePresent(MISSING);
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    consoleErrors(); // start each test with an empty console
  }

  /** Every test is also a test that the pages it used logged no error. */
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
  void seedPageShowsThirteenNotes() {
    open(PAGE);
    List<WebElement> notes = driver.findElements(By.cssSelector("#notes li.note"));
    assertEquals(13, notes.size());
    for (WebElement note : notes) {
      assertTrue(note.isDisplayed(), note.getAttribute("id"));
      assertFalse(note.findElement(By.className("note-body")).getText().isBlank(), note.getAttribute("id"));
    }
    List<WebElement> markers = driver.findElements(By.cssSelector("a.noteref"));
    assertEquals(13, markers.size());
    for (WebElement marker : markers) {
      assertTrue(marker.isDisplayed(), marker.getAttribute("id"));
      String note = marker.getDomAttribute("href").substring(1);
      assertEquals(1, driver.findElements(By.cssSelector("#notes li.note[id='" + note + "']")).size(), note);
    }
  }

  @Test
  void noteOpensAndClosesByKeyboardAndFocusReturnsToItsMarker() {
    open(PAGE);
    WebElement marker = tabTo("a.noteref", 80);
    assertEquals("ref-n1", marker.getAttribute("id"), "the first marker in tab order");
    String noteStart = firstWords(driver.findElement(By.cssSelector("#n1 .note-body")).getText(), 6);

    // Enter opens the note beside its marker and moves focus into it; Escape closes it
    keys(Keys.ENTER);
    WebElement panel = wait.until(d -> visible(By.id("note-panel")));
    assertEquals("dialog", panel.getDomAttribute("role"));
    assertEquals(panel, active(), "focus moves into the note");
    assertTrue(panel.getText().contains(noteStart), panel.getText());
    assertEquals("true", marker.getDomAttribute("aria-expanded"));
    keys(Keys.ESCAPE);
    wait.until(d -> !panel.isDisplayed());
    assertEquals(marker, active(), "focus returns to the marker after Escape");
    assertEquals("false", marker.getDomAttribute("aria-expanded"));

    // the panel's own Close button, reached with Tab
    keys(Keys.ENTER);
    wait.until(d -> panel.isDisplayed());
    WebElement close = tabTo("#note-panel button", 20);
    assertEquals("Close", close.getText());
    keys(Keys.ENTER);
    wait.until(d -> !panel.isDisplayed());
    assertEquals(marker, active(), "focus returns to the marker after Close");

    // "Go to the note", then the note's backlink, lead back to the marker
    keys(Keys.ENTER);
    wait.until(d -> panel.isDisplayed());
    tabTo("#note-panel a[href='#n1']", 20);
    keys(Keys.ENTER);
    wait.until(d -> driver.getCurrentUrl().endsWith("#n1"));
    assertFalse(panel.isDisplayed());
    assertTrue(inViewport(driver.findElement(By.id("n1"))), "the note is scrolled into view");
    tabTo("#n1 a.backlink", 20);
    keys(Keys.ENTER);
    wait.until(d -> driver.getCurrentUrl().endsWith("#ref-n1"));
    assertTrue(inViewport(marker), "the backlink lands on the marker");
  }

  /** Issue #4: "cite this" was display: none below 52rem, so out of the tab order on phones. */
  @Test
  void citeThisIsReachableByKeyboardOnAPhone() throws IOException {
    phone();
    open(PAGE);
    WebElement cite = tabTo("#p1 a.cite", 40);
    assertTrue(cite.isDisplayed() && cite.getRect().getWidth() > 5, "the focused cite link is shown");
    save(Files.createDirectories(ExternalTools.artifacts("screenshots")).resolve("phone-text-cite-focused.png"));
    keys(Keys.ENTER);
    WebElement panel = wait.until(d -> visible(By.id("note-panel")));
    String citation = textContent(panel);
    assertTrue(citation.contains("Cite paragraph 1"), citation);
    assertTrue(citation.contains(", ¶ 1. file:") && citation.contains(PAGE + "#p1"), citation);
    keys(Keys.ESCAPE);
    wait.until(d -> !panel.isDisplayed());
    assertEquals(cite, active(), "focus returns to the cite link");
  }

  @Test
  void viewSwitchChangesCentraiToCentralAndBack() {
    open(PAGE);
    WebElement toggle = driver.findElement(By.cssSelector("button.view-toggle"));
    assertFalse(driver.findElement(By.id("view-switch")).isDisplayed(), "the checkbox gives way to the button");
    assertEquals("false", toggle.getDomAttribute("aria-pressed"));

    // whatever emendation comes first on the page ...
    WebElement first = driver.findElement(By.cssSelector(".choice:has(> .sic):has(> .corr)"));
    String sic = textContent(first.findElement(By.cssSelector(":scope > .sic")));
    String corr = textContent(first.findElement(By.cssSelector(":scope > .corr")));
    // ... and the one the issue names: "Centrai" printed, "Central" read
    WebElement centrai = driver.findElement(By.xpath(
        "//p[.//span[contains(concat(' ', @class, ' '), ' sic ') and normalize-space() = 'Centrai']]"));
    assertEquals(corr, first.getText(), "reading view");
    assertTrue(centrai.getText().contains("threw the Central Committee into confusion"), centrai.getText());
    assertFalse(centrai.getText().contains("Centrai"));

    toggle.click();
    assertEquals("true", toggle.getDomAttribute("aria-pressed"));
    assertEquals(sic, first.getText(), "diplomatic view");
    assertTrue(centrai.getText().contains("threw the Centrai Committee into confusion"), centrai.getText());

    toggle.sendKeys(Keys.SPACE); // and back, by keyboard
    assertEquals("false", toggle.getDomAttribute("aria-pressed"));
    assertEquals(corr, first.getText(), "reading view again");
    assertTrue(centrai.getText().contains("threw the Central Committee into confusion"), centrai.getText());
  }

  @Test
  void viewSwitchWorksWithoutJavaScript() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(PAGE);
    assertTrue(driver.findElements(By.cssSelector("button.view-toggle")).isEmpty());
    WebElement box = driver.findElement(By.id("view-switch"));
    WebElement centrai = driver.findElement(By.xpath(
        "//p[.//span[contains(concat(' ', @class, ' '), ' sic ') and normalize-space() = 'Centrai']]"));
    assertTrue(centrai.getText().contains("the Central Committee"), centrai.getText());
    driver.findElement(By.cssSelector("label[for='view-switch']")).click();
    assertTrue(box.isSelected());
    assertTrue(centrai.getText().contains("the Centrai Committee"), centrai.getText());
    box.sendKeys(Keys.SPACE);
    assertTrue(centrai.getText().contains("the Central Committee"), centrai.getText());
  }

  @Test
  void searchFindsRudzutakAndJumpsToIt() {
    open("index.html");
    WebElement field = driver.findElement(By.id("site-q"));
    field.sendKeys("Rudzutak", Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("search.html?q=Rudzutak"));
    List<WebElement> results = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("#search-results > li"));
      return found.isEmpty() ? null : found;
    });
    String status = driver.findElement(By.id("search-status")).getText();
    assertTrue(status.matches(results.size() + " passages? found\\."), status);
    List<String> targets = new ArrayList<>();
    for (WebElement result : results) {
      assertTrue(result.findElements(By.tagName("mark")).stream()
          .allMatch(m -> m.getText().equalsIgnoreCase("Rudzutak")), result.getText());
      targets.add(result.findElement(By.cssSelector(".where a")).getDomAttribute("href"));
    }
    assertTrue(targets.stream().allMatch(h -> h.startsWith(PAGE + "#")), targets.toString());

    results.get(0).findElement(By.cssSelector(".where a")).click();
    for (int i = 0; i < targets.size(); i++) {
      if (i > 0) {
        driver.get(url(targets.get(i)));
      }
      String id = targets.get(i).substring(targets.get(i).indexOf('#') + 1);
      wait.until(d -> d.getCurrentUrl().endsWith("#" + id));
      WebElement target = driver.findElement(By.id(id));
      assertTrue(target.getText().contains("Rudzutak"), id + ": " + target.getText());
      assertTrue(inViewport(target), id + " is scrolled into view");
    }
  }

  @Test
  void personsIndexListsBukharinWithLinksThatLandOnHisParagraphs() {
    open("persons.html");
    WebElement entry = driver.findElement(By.id(BUKHARIN));
    assertTrue(entry.findElement(By.tagName("h3")).getText().contains("Bukharin"));
    List<WebElement> links = entry.findElements(By.cssSelector("a.occurrence"));
    assertTrue(links.size() >= 10, "Bukharin is named in many paragraphs: " + links.size());
    List<String> labels = new ArrayList<>();
    List<String> hrefs = new ArrayList<>();
    for (WebElement link : links) {
      labels.add(link.getText());
      hrefs.add(link.getAttribute("href")); // resolved against persons.html
    }
    Pattern label = Pattern.compile("(¶|note) (\\w+)");
    links.get(0).click(); // the first by a click; the others by their URLs (same page, no reload)
    for (int i = 0; i < hrefs.size(); i++) {
      String text = labels.get(i);
      String href = hrefs.get(i);
      if (i > 0) {
        driver.get(href);
      }
      Matcher where = label.matcher(text);
      assertTrue(where.find(), text);
      String id = href.substring(href.indexOf('#') + 1);
      wait.until(d -> d.getCurrentUrl().endsWith(PAGE + "#" + id));
      WebElement target = driver.findElement(By.id(id));
      assertTrue(inViewport(target), text + ": " + id + " is scrolled into view");
      String expected = (where.group(1).equals("¶") ? "p" : "n") + where.group(2);
      WebElement block = (WebElement) driver.executeScript(
          "return arguments[0].closest('p.numbered, li.note');", target);
      assertNotNull(block, text + ": " + id + " is in no paragraph or note");
      assertEquals(expected, block.getAttribute("id"), text + " lands in the wrong place");
      assertTrue(block.getText().contains("Bukharin"), text + ": " + block.getText());
      assertTrue(target.getText().contains("Bukharin"), text + ": the target " + id + " is " + target.getText());
    }
  }

  @Test
  void noPageLogsAConsoleError() {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (String page : PAGES) {
      open(page);
      errors.put(page, consoleErrors());
    }
    open(PAGE);
    driver.findElement(By.id("ref-n2")).click();
    driver.findElement(By.cssSelector("button.view-toggle")).click();
    driver.findElement(By.cssSelector("#p3 a.cite")).click();
    errors.put(PAGE + " (note, view, cite)", consoleErrors());
    errors.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), errors);
  }

  @Test
  void noPageHasSeriousOrCriticalAxeViolations() throws IOException {
    String axe = axeSource();
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String scheme : List.of("light", "dark")) {
      // every rule in the light scheme; the dark one changes only colours
      String[] rules = scheme.equals("light") ? new String[0] : new String[] {"color-contrast", "link-in-text-block"};
      colourScheme(scheme);
      for (String page : PAGES) {
        open(page);
        violations.put(page + " (" + scheme + ")", axe(axe, rules));
      }
      open(PAGE);
      driver.findElement(By.cssSelector("button.view-toggle")).click();
      driver.findElement(By.id("ref-n2")).click();
      wait.until(d -> visible(By.id("note-panel")));
      violations.put(PAGE + " (" + scheme + ", diplomatic view, note open)", axe(axe, rules));
      driver.findElement(By.cssSelector("button.view-toggle")).click();
    }
    colourScheme("light");
    phone();
    open(PAGE);
    violations.put(PAGE + " (light, phone)", axe(axe));
    violations.values().removeIf(List::isEmpty);
    // and axe does find what it should: a button without a name
    open("index.html");
    driver.executeScript("document.querySelector('main').appendChild(document.createElement('button'));");
    List<String> canary = axe(axe);
    assertTrue(canary.stream().anyMatch(v -> v.startsWith("critical button-name")), canary.toString());
    if (!violations.isEmpty()) {
      fail("axe-core, serious or critical:\n" + violations.entrySet().stream()
          .map(e -> e.getKey() + "\n  " + String.join("\n  ", e.getValue()))
          .collect(Collectors.joining("\n")));
    }
  }

  @Test
  void screenshotsAtPhoneAndDesktopWidthsAndNoSidewaysScrollingOnAPhone() throws IOException {
    Path dir = Files.createDirectories(ExternalTools.artifacts("screenshots"));
    Map<String, String> shots = new LinkedHashMap<>();
    shots.put("index", "index.html");
    shots.put("text", PAGE);
    shots.put("text-p36", PAGE + "#p36");
    shots.put("about", ABOUT);
    shots.put("persons", "persons.html#" + BUKHARIN);
    shots.put("search", "search.html?q=Rudzutak");
    List<String> overflowing = new ArrayList<>();
    for (String device : List.of("phone", "desktop")) {
      boolean phone = device.equals("phone");
      if (phone) {
        phone();
      } else {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of()); // 1280 × 900
      }
      for (Map.Entry<String, String> shot : shots.entrySet()) {
        open(shot.getValue());
        save(dir.resolve(device + "-" + shot.getKey() + ".png"));
        Long sideways = (Long) driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (sideways > 0) {
          overflowing.add(device + " " + shot.getValue() + ": " + sideways + " px");
        }
      }
      open(PAGE);
      driver.findElement(By.id("ref-n2")).click();
      wait.until(d -> visible(By.id("note-panel")));
      save(dir.resolve(device + "-text-note-open.png"));
      driver.findElement(By.cssSelector("button.view-toggle")).click();
      driver.executeScript("document.querySelector('.choice .sic').scrollIntoView({block: 'center'});");
      save(dir.resolve(device + "-text-diplomatic.png"));
      driver.findElement(By.cssSelector("button.view-toggle")).click();
    }
    colourScheme("dark");
    open(PAGE);
    save(dir.resolve("desktop-text-dark.png"));
    open("persons.html");
    save(dir.resolve("desktop-persons-dark.png"));
    try (var files = Files.list(dir)) {
      assertTrue(files.filter(f -> f.toString().endsWith(".png")).count() >= 2 * shots.size() + 4);
    }
    assertEquals(List.of(), overflowing, "pages wider than the phone's screen");
  }

  // ---- helpers ----

  private static String url(String page) {
    int split = page.indexOf('?') >= 0 ? page.indexOf('?') : page.indexOf('#') >= 0 ? page.indexOf('#') : page.length();
    return site.resolve(page.substring(0, split)).toUri() + page.substring(split);
  }

  private static void open(String page) {
    driver.get(url(page));
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** A phone's screen: 390 × 844 CSS pixels at twice the density. */
  private static void phone() {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
  }

  private static void colourScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static void keys(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  private static WebElement active() {
    return driver.switchTo().activeElement();
  }

  /** Presses Tab until the focused element matches the selector; fails after {@code max} presses. */
  private static WebElement tabTo(String selector, int max) {
    for (int i = 0; i < max; i++) {
      keys(Keys.TAB);
      if ((Boolean) driver.executeScript("return document.activeElement.matches(arguments[0]);", selector)) {
        return active();
      }
    }
    throw new AssertionError(selector + " is not reached with " + max + " presses of Tab; focus is on "
        + driver.executeScript("return document.activeElement.outerHTML.slice(0, 200);"));
  }

  private static WebElement visible(By by) {
    List<WebElement> found = driver.findElements(by);
    return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
  }

  private static boolean inViewport(WebElement element) {
    return (Boolean) driver.executeScript(
        "var r = arguments[0].getBoundingClientRect();"
            + "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;", element);
  }

  private static String textContent(WebElement element) {
    return ((String) driver.executeScript("return arguments[0].textContent;", element)).strip();
  }

  private static String firstWords(String text, int n) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
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

  private static String axeSource() throws IOException {
    try (InputStream in = EditionBrowserTest.class.getResourceAsStream("/axe.min.js")) {
      assertNotNull(in, "axe.min.js is not on the test class path (test dependency com.deque.html.axe-core:selenium)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * axe-core's violations of serious or critical impact on the page as it is now, one line each;
   * all rules, or only {@code rules}. Stylesheets are not fetched again (preload), which a file://
   * page forbids.
   */
  @SuppressWarnings("unchecked")
  private static List<String> axe(String source, String... rules) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("resultTypes", List.of("violations"));
    options.put("preload", false);
    if (rules.length > 0) {
      options.put("runOnly", Map.of("type", "rule", "values", List.of(rules)));
    }
    driver.executeScript(source);
    Object result = driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, arguments[0]).then(function (r) {"
            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
            + "      + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ')"
            + "      + (v.nodes.length > 5 ? ' and ' + (v.nodes.length - 5) + ' more' : ''); }));"
            + "}, function (e) { done(['axe failed: ' + e]); });", options);
    return (List<String>) result;
  }

  private static void save(Path file) throws IOException {
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }
}
