package org.recensio.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.Severity;
import org.recensio.model.SourceSpan;

/**
 * A tei_all.rng on disk, the TEI P5 version its header comment names ("TEI Edition: P5 Version
 * 4.12.0"; "unknown" when it names none), and whether this run downloaded it.
 */
public record TeiAllSchema(Path path, String version, boolean downloaded) {
  private static final Pattern EDITION = Pattern.compile("TEI Edition:\\h*P5\\h+Version\\h+([0-9][0-9A-Za-z.\\-]*[0-9A-Za-z])");
  private static final int HEADER_BYTES = 8192;

  public TeiAllSchema {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(version, "version");
  }

  /** The schema at this path, version read from its header. */
  public static TeiAllSchema at(Path path, boolean downloaded) throws IOException {
    return new TeiAllSchema(path, readVersion(path).orElse("unknown"), downloaded);
  }

  /** The TEI version in the first few kilobytes of a TEI RELAX NG schema. */
  public static Optional<String> readVersion(Path rng) throws IOException {
    try (InputStream in = Files.newInputStream(rng)) {
      return versionIn(new String(in.readNBytes(HEADER_BYTES), StandardCharsets.UTF_8));
    }
  }

  static Optional<String> versionIn(String header) {
    Matcher m = EDITION.matcher(header);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** VAL011, for the log: which TEI All this run validates against. */
  public Diagnostic notice() {
    return Diagnostic.of("VAL011", Severity.INFO, SourceSpan.file(path.toString()), version, path);
  }

  /** {@code TEI All 4.12.0 (path)}. */
  public String describe() {
    return "TEI All " + version + " (" + path + ")";
  }
}
