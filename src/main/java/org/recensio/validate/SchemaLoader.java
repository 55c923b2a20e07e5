package org.recensio.validate;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.model.SourceSpan;

/**
 * Reads schemas once into immutable, thread-safe {@link TeiValidator}s: RELAX NG (.rng, Jing),
 * W3C XML Schema (.xsd, Xerces) and ISO Schematron (.sch, SchXslt on Saxon-HE). A schema that
 * cannot be read is bad configuration: an {@link InputException} with code VAL005.
 */
public final class SchemaLoader {
  /** Recensio's own grammar and rules, as carried in the jar. */
  public static final String RECENSIO_RNG = "/schema/recensio.rng";
  public static final String RECENSIO_SCH = "/schema/recensio.sch";
  private static final String UNREADABLE = "VAL005";

  private SchemaLoader() {}

  /** Recensio's default: schema/recensio.rng then schema/recensio.sch, loaded once per JVM. */
  public static TeiValidator recensio() {
    return Recensio.VALIDATOR;
  }

  /** A schema file chosen by its extension: .rng, .xsd or .sch. */
  public static TeiValidator load(Path schema) throws InputException {
    if (!Files.isReadable(schema)) {
      throw unreadable(schema.toString(), "no such file, or not readable");
    }
    return load(url(schema));
  }

  /** A schema by URL (file: or jar:), chosen by its extension: .rng, .xsd or .sch. */
  public static TeiValidator load(URL schema) throws InputException {
    String name = fileName(schema).toLowerCase(Locale.ROOT);
    if (name.endsWith(".rng")) {
      return RngValidator.load(schema);
    }
    if (name.endsWith(".xsd")) {
      return XsdValidator.load(schema);
    }
    if (name.endsWith(".sch")) {
      return SchematronValidator.load(schema);
    }
    throw unreadable(schema.toString(), "unknown schema type; give a .rng, .xsd or .sch file");
  }

  /** TEI All: the grammar in tei_all.rng and the Schematron rules embedded in it. */
  public static TeiValidator teiAll(Path teiAllRng) throws InputException {
    return combine("tei_all", List.of(load(teiAllRng), TeiAllSchematron.forSchema(teiAllRng)));
  }

  /** Validators run in order, as one. */
  public static TeiValidator combine(String name, List<TeiValidator> validators) {
    return new CompositeValidator(name, validators);
  }

  static URL url(Path file) {
    try {
      return file.toAbsolutePath().normalize().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(file.toString(), e);
    }
  }

  static String fileName(URL url) {
    String path = url.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** VAL005 for a schema, with the first problem the reader reported, if any. */
  static InputException unreadable(URL schema, ValidationReport problems, Exception cause) {
    String detail = problems.issues().isEmpty() ? String.valueOf(cause.getMessage()) : problems.issues().get(0).format();
    return unreadable(schema.toString(), detail);
  }

  static InputException unreadable(String schema, String detail) {
    return new InputException(Diagnostic.of(UNREADABLE, Severity.FATAL, SourceSpan.file(schema), detail));
  }

  /** Loaded on first use; a broken bundled schema is our bug, not the user's. */
  private static final class Recensio {
    static final TeiValidator VALIDATOR = load();

    private static TeiValidator load() {
      try {
        return combine("recensio", List.of(
            SchemaLoader.load(Saxon.resource(RECENSIO_RNG)), SchemaLoader.load(Saxon.resource(RECENSIO_SCH))));
      } catch (InputException e) {
        throw new IllegalStateException("the bundled schema is broken: " + e.getMessage(), e);
      }
    }
  }
}
