package org.recensio.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.model.SourceSpan;

/** Reads an edition configuration (YAML); a bad file is an {@link InputException} with line:col. */
public final class ConfigReader {
  private static SourceSpan span(Path file, JsonLocation loc) {
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    return new SourceSpan(file.toString(), line, col, line, col);
  }

  /** The line where a key is written ("  publsher: …"), for a precise message. */
  private static Optional<SourceSpan> keyLine(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      Pattern p = Pattern.compile("^(\\s*-?\\s*)" + Pattern.quote(key) + "\\s*:");
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = p.matcher(lines.get(i));
        if (m.find()) {
          return Optional.of(SourceSpan.at(file.toString(), i + 1, m.end(1) + 1));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Path directory(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The conventional configuration beside a transcript: same name, extension .yaml. */
  public static final String EXTENSION = ".yaml";

  private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  public EditionConfig read(Path file) throws InputException {
    return parse(file, null);
  }

  /** Reads a configuration given as YAML text; {@code name} is what messages call it. */
  public EditionConfig parse(String name, String yaml) throws InputException {
    return parse(Path.of(name), yaml);
  }

  private EditionConfig parse(Path file, String yaml) throws InputException {
    try {
      byte[] bytes = yaml != null ? yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8) : Files.readAllBytes(file);
      EditionConfig c = mapper.readValue(bytes, EditionConfig.class);
      // witness files are relative to the configuration file's directory
      return c == null ? EditionConfig.defaults() : c.withWitnessFilesIn(directory(file));
    } catch (UnrecognizedPropertyException e) {
      SourceSpan at = keyLine(file, e.getPropertyName()).orElse(span(file, e.getLocation()));
      String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().reduce((a, b) -> a + ", " + b)
          .orElse("none");
      throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, at,
          "unknown setting \"" + e.getPropertyName() + "\"; the settings here are: " + known));
    } catch (JsonProcessingException e) {
      throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, span(file, e.getLocation()),
          e.getOriginalMessage()));
    } catch (IllegalArgumentException e) {
      throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, SourceSpan.file(file.toString()), e.getMessage()));
    } catch (IOException e) {
      throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, SourceSpan.file(file.toString()), e.toString()));
    }
  }

  /** The configuration that sits beside a transcript ({@code text.txt} → {@code text.yaml}), if any. */
  public Optional<Path> besides(Path transcript) {
    String name = transcript.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path candidate = transcript.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + EXTENSION);
    return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
  }
}
