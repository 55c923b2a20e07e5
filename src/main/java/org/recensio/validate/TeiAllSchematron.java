package org.recensio.validate;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.recensio.diag.InputException;

/**
 * The ISO Schematron rules embedded in a tei_all.rng (Jing ignores them). At run time
 * {@value #EXTRACTOR} copies every sch:ns and sch:pattern into a standalone schema
 * (queryBinding xslt2), SchXslt compiles it, and the result is kept in memory, once per file.
 *
 * <p>All 93 patterns of TEI P5 4.12.0 compile and run on Saxon-HE 12.9 without extension
 * functions, so {@link #SKIPPED_PATTERNS} is empty; a pattern id listed there is left out.
 */
public final class TeiAllSchematron {
  /** The extraction stylesheet, in the jar. */
  public static final String EXTRACTOR = "/xslt/validate/extract-schematron.xsl";
  /** Ids of embedded patterns that cannot run on Saxon-HE and are skipped: none in 4.12.0. */
  public static final List<String> SKIPPED_PATTERNS = List.of();

  private static final Map<Path, TeiValidator> COMPILED = new ConcurrentHashMap<>();

  private TeiAllSchematron() {}

  /** The embedded rules of this tei_all.rng as a validator; compiled on the first call only. */
  public static TeiValidator forSchema(Path teiAllRng) throws InputException {
    Path key = teiAllRng.toAbsolutePath().normalize();
    TeiValidator known = COMPILED.get(key);
    if (known != null) {
      return known;
    }
    TeiValidator compiled = compile(key);
    TeiValidator raced = COMPILED.putIfAbsent(key, compiled);
    return raced == null ? compiled : raced;
  }

  /** The standalone Schematron schema made from this tei_all.rng, minus {@link #SKIPPED_PATTERNS}. */
  public static XdmNode extract(Path teiAllRng) throws InputException {
    URL rng = SchemaLoader.url(teiAllRng);
    if (!Files.isReadable(teiAllRng)) {
      throw SchemaLoader.unreadable(teiAllRng.toString(), "no such file, or not readable");
    }
    try {
      return extract(Saxon.build(rng));
    } catch (SaxonApiException e) {
      throw SchemaLoader.unreadable(rng, ValidationReport.empty(rng.toString()), e);
    }
  }

  private static XdmNode extract(XdmNode rng) throws SaxonApiException {
    Xslt30Transformer extractor = Extractor.EXECUTABLE.load30();
    extractor.setStylesheetParameters(Map.of(new QName("skip"), skipped()));
    XdmDestination schematron = new XdmDestination();
    extractor.applyTemplates(rng, schematron);
    return schematron.getXdmNode();
  }

  private static TeiValidator compile(Path teiAllRng) throws InputException {
    XdmNode schematron = extract(teiAllRng);
    try {
      return new SchematronValidator(teiAllRng.getFileName() + " (Schematron)", SchematronCompiler.compile(schematron));
    } catch (SaxonApiException e) {
      throw SchemaLoader.unreadable(SchemaLoader.url(teiAllRng), ValidationReport.empty(teiAllRng.toString()), e);
    }
  }

  private static XdmValue skipped() {
    return new XdmValue(SKIPPED_PATTERNS.stream().map(XdmAtomicValue::new).toList());
  }

  /** Compiled on first use, once per JVM. */
  private static final class Extractor {
    static final XsltExecutable EXECUTABLE = load();

    private static XsltExecutable load() {
      try {
        return Saxon.compile(Saxon.resource(EXTRACTOR));
      } catch (SaxonApiException e) {
        throw new IllegalStateException("cannot compile " + EXTRACTOR, e);
      }
    }
  }
}
