package org.recensio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.recensio.diag.InputException;
import org.recensio.validate.SchemaLoader;
import org.recensio.validate.TeiAllLocator;
import org.recensio.validate.TeiAllSchema;
import org.recensio.validate.TeiValidator;
import org.recensio.validate.ValidationIssue;
import org.recensio.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recensio validate}: TEI files against our schema, any RNG/XSD/Schematron, or TEI All. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates TEI files. By default against Recensio's schema (schema/recensio.rng and recensio.sch).",
        "--schema takes any RELAX NG (.rng, Jing), W3C XML Schema (.xsd, Xerces) or ISO Schematron (.sch).",
        "--tei-all checks the official TEI All grammar and its embedded Schematron rules; without a PATH it",
        "downloads tei_all.rng once from the TEI Consortium into your cache (~/.cache/recensio)."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files to validate.")
  List<Path> files;

  @Option(names = "--schema", paramLabel = "FILE", description = "A .rng, .xsd or .sch schema to use instead of ours.")
  List<Path> schemas = new ArrayList<>();

  @Option(names = "--tei-all", arity = "0..1", paramLabel = "PATH", fallbackValue = "",
      description = "Validate against TEI All (grammar + embedded Schematron); PATH is a tei_all.rng, else it is downloaded and cached.")
  String teiAll;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TeiValidator validator;
    try {
      validator = validator(out);
    } catch (InputException e) {
      err.println(e.diagnostic().format());
      return Main.INPUT_ERRORS;
    }
    int code = Main.OK;
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        err.println(f + ": error ING009: no such file; check the path");
        code = Main.INPUT_ERRORS;
        continue;
      }
      ValidationReport r = validator.validate(f);
      r.issues().stream().map(ValidationIssue::format).forEach(err::println);
      out.println(f + ": " + (r.isValid() ? "valid" : "NOT valid (" + r.errors().size() + " errors)")
          + " against " + validator.name());
      code = Math.max(code, r.isValid() ? Main.OK : Main.CONTENT_ERRORS);
    }
    return code;
  }

  private TeiValidator validator(PrintWriter out) throws InputException {
    List<TeiValidator> chosen = new ArrayList<>();
    for (Path s : schemas) {
      chosen.add(SchemaLoader.load(s));
    }
    if (teiAll != null) {
      TeiAllLocator locator = TeiAllLocator.fromEnvironment();
      TeiAllSchema schema = teiAll.isEmpty() ? locator.cachedOrDownloaded() : locator.given(Path.of(teiAll));
      out.println((schema.downloaded() ? "downloaded " : "using ") + schema.describe());
      chosen.add(SchemaLoader.teiAll(schema.path()));
    }
    return chosen.isEmpty() ? SchemaLoader.recensio() : SchemaLoader.combine("the given schemas", chosen);
  }
}
