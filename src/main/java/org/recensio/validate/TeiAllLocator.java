package org.recensio.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.model.SourceSpan;

/**
 * Finds tei_all.rng for {@code validate --tei-all [PATH]}: the path given, or a copy in the user
 * cache, or one downloaded once from the TEI Consortium into that cache (temp file, then an
 * atomic move, so a half-written file is never used). Thread-safe; no state beyond its settings.
 */
public final class TeiAllLocator {
  /** The TEI Consortium's current release of tei_all.rng. */
  public static final URI DEFAULT_URL =
      URI.create("https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng");
  /**
   * System property, then environment variable, that replace {@link #DEFAULT_URL}: the URL of a
   * tei_all.rng, or a base URL ending in '/' to which "tei_all.rng" is added.
   */
  public static final String URL_SETTING = "RECENSIO_TEI_ALL_URL";
  /** System property that replaces the cache directory. */
  public static final String CACHE_SETTING = "recensio.cache.dir";
  static final String FILE_NAME = "tei_all.rng";
  private static final String CANNOT_DOWNLOAD = "VAL009";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI source;
  private final Path cacheDir;

  public TeiAllLocator(URI source, Path cacheDir) {
    this.source = Objects.requireNonNull(source, "source");
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
  }

  /** Settings from system properties and the environment (see {@link #URL_SETTING}, {@link #CACHE_SETTING}). */
  public static TeiAllLocator fromEnvironment() {
    return new TeiAllLocator(sourceUrl(), defaultCacheDir());
  }

  /** A given tei_all.rng, as it is. */
  public TeiAllSchema given(Path path) throws InputException {
    try {
      return TeiAllSchema.at(path, false);
    } catch (IOException e) {
      throw SchemaLoader.unreadable(path.toString(), "cannot read it: " + e.getMessage());
    }
  }

  /** The cached copy, downloaded first if there is none. */
  public TeiAllSchema cachedOrDownloaded() throws InputException {
    Path cached = cachedPath();
    if (Files.isRegularFile(cached)) {
      return given(cached);
    }
    download(cached);
    try {
      return TeiAllSchema.at(cached, true);
    } catch (IOException e) {
      throw failure(e.getMessage());
    }
  }

  /** Where the cached copy lives. */
  public Path cachedPath() {
    return cacheDir.resolve(FILE_NAME);
  }

  public URI source() {
    return source;
  }

  private void download(Path target) throws InputException {
    try {
      Files.createDirectories(cacheDir);
      Path temp = Files.createTempFile(cacheDir, FILE_NAME, ".part");
      try {
        fetch(temp);
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw failure(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("interrupted");
    }
  }

  private void fetch(Path temp) throws IOException, InterruptedException, InputException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(source).timeout(TIMEOUT).GET().build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw failure("HTTP " + response.statusCode());
      }
      Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING);
    }
    if (TeiAllSchema.readVersion(temp).isEmpty() && !looksLikeRelaxNg(temp)) {
      throw failure("the response is not a TEI RELAX NG schema");
    }
  }

  private static boolean looksLikeRelaxNg(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8)
          .contains("http://relaxng.org/ns/structure/1.0");
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private InputException failure(String detail) {
    return new InputException(Diagnostic.of(CANNOT_DOWNLOAD, Severity.FATAL, SourceSpan.file(FILE_NAME), source, detail));
  }

  static URI sourceUrl() {
    String value = System.getProperty(URL_SETTING, System.getenv(URL_SETTING));
    if (value == null || value.isBlank()) {
      return DEFAULT_URL;
    }
    URI uri = URI.create(value.trim());
    return uri.getPath() != null && uri.getPath().endsWith("/") ? uri.resolve(FILE_NAME) : uri;
  }

  /** {@code recensio.cache.dir}, else {@code $XDG_CACHE_HOME/recensio}, else {@code ~/.cache/recensio}. */
  static Path defaultCacheDir() {
    String own = System.getProperty(CACHE_SETTING);
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("recensio");
  }
}
