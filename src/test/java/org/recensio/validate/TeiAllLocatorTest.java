package org.recensio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recensio.diag.InputException;

/** Downloads from a local HTTP server that serves the shared tei_all.rng. */
class TeiAllLocatorTest {
  @TempDir
  Path cache;

  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    byte[] rng = Files.readAllBytes(TeiConformance.teiAllRng());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/release/tei_all.rng", exchange -> {
      hits.incrementAndGet();
      exchange.sendResponseHeaders(200, rng.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(rng);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void downloadsOnceIntoTheCacheAndReportsTheVersion() throws Exception {
    TeiAllSchema first = locator("/release/tei_all.rng").cachedOrDownloaded();
    assertTrue(first.downloaded());
    assertEquals("4.12.0", first.version());
    assertEquals(Files.size(TeiConformance.teiAllRng()), Files.size(first.path()));
    try (var leftovers = Files.list(cache)) {
      assertEquals(1, leftovers.count(), "no temporary file is left behind");
    }
    TeiAllSchema second = locator("/release/tei_all.rng").cachedOrDownloaded();
    assertFalse(second.downloaded());
    assertEquals(1, hits.get(), "the second call uses the cache");
  }

  @Test
  void theDownloadedSchemaValidates() throws Exception {
    TeiAllSchema schema = locator("/release/tei_all.rng").cachedOrDownloaded();
    TeiValidator rng = SchemaLoader.load(schema.path());
    assertTrue(rng.validate(Path.of("src/test/resources/schema-cases/valid/sample-speech.tei.xml")).isValid());
  }

  @Test
  void http404IsAClearError() {
    InputException e = assertThrows(InputException.class, () -> locator("/missing.rng").cachedOrDownloaded());
    assertEquals("VAL009", e.diagnostic().code());
    assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("--tei-all PATH"), e.getMessage());
    assertFalse(Files.exists(cache.resolve("tei_all.rng")));
  }

  @Test
  void unreachableServerIsAClearError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TeiAllLocator locator = new TeiAllLocator(URI.create("http://127.0.0.1:" + closedPort + "/tei_all.rng"), cache);
    InputException e = assertThrows(InputException.class, locator::cachedOrDownloaded);
    assertTrue(e.getMessage().startsWith("tei_all.rng: fatal VAL009: cannot download tei_all.rng from http://127.0.0.1:"),
        e.getMessage());
  }

  @Test
  void aGivenPathIsUsedAsItIs() throws InputException {
    TeiAllSchema given = locator("/release/tei_all.rng").given(TeiConformance.teiAllRng());
    assertEquals("4.12.0", given.version());
    assertEquals(0, hits.get());
  }

  @Test
  void urlAndCacheComeFromSystemProperties() {
    String url = "http://127.0.0.1:1/x/tei_all.rng";
    System.setProperty(TeiAllLocator.URL_SETTING, url);
    System.setProperty(TeiAllLocator.CACHE_SETTING, cache.toString());
    try {
      TeiAllLocator locator = TeiAllLocator.fromEnvironment();
      assertEquals(URI.create(url), locator.source());
      assertEquals(cache.resolve("tei_all.rng"), locator.cachedPath());
    } finally {
      System.clearProperty(TeiAllLocator.URL_SETTING);
      System.clearProperty(TeiAllLocator.CACHE_SETTING);
    }
  }

  @Test
  void aBaseUrlGetsTheFileName() {
    System.setProperty(TeiAllLocator.URL_SETTING, "http://127.0.0.1:1/release/");
    try {
      assertEquals(URI.create("http://127.0.0.1:1/release/tei_all.rng"), TeiAllLocator.fromEnvironment().source());
    } finally {
      System.clearProperty(TeiAllLocator.URL_SETTING);
    }
  }

  @Test
  void theVersionNoticeIsInformation() throws InputException {
    TeiAllSchema given = locator("/release/tei_all.rng").given(TeiConformance.teiAllRng());
    assertTrue(given.notice().format().contains("info VAL011: using TEI All 4.12.0 from"), given.notice().format());
  }

  private TeiAllLocator locator(String path) {
    return new TeiAllLocator(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), cache);
  }
}
