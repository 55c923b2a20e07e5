package org.recensio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.pipeline.BuildSettings;
import org.recensio.pipeline.EditionBuilder;
import org.recensio.pipeline.Publisher;
import org.recensio.render.RenderException;
import org.recensio.render.TeiDocument;
import org.recensio.validate.SchemaLoader;
import org.recensio.validate.TeiValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recensio build}: transcripts in, TEI and reports out. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Builds the edition of each transcript: TEI, checked against Recensio's schema, a JSON report,",
        "the print edition (PDF) and the static HTML edition of all texts (index.html).",
        "With no arguments, builds every *.txt in seeds/ into target/edition/.",
        "A configuration beside a text (speech.txt -> speech.yaml) is used when present."})
final class BuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Transcripts, or directories of *.txt (default: seeds/).")
  List<Path> inputs = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("target", "edition");

  @Option(names = "--config", paramLabel = "FILE", description = "Edition configuration (YAML) for every text built.")
  Path config;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Read the transcripts in this encoding instead of detecting it.")
  Charset encoding;

  @Option(names = "--max-size", paramLabel = "MB", description = "Refuse transcripts larger than this (default: ${DEFAULT-VALUE} MB).")
  long maxSizeMb = BuildSettings.DEFAULT_MAX_BYTES / (1024 * 1024);

  @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
  boolean quiet;

  @Option(names = "--no-html", description = "Do not render the HTML edition.")
  boolean noHtml;

  @Option(names = "--no-pdf", description = "Do not render the print edition (PDF).")
  boolean noPdf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> args = inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    List<Path> texts;
    try {
      texts = EditionBuilder.transcripts(args);
    } catch (InputException e) {
      err.println(e.diagnostic().format());
      return Main.INPUT_ERRORS;
    }
    BuildSettings settings = new BuildSettings(output, Optional.ofNullable(config), Optional.ofNullable(encoding),
        maxSizeMb * 1024 * 1024);
    TeiValidator schema = SchemaLoader.recensio();
    EditionBuilder builder = new EditionBuilder((name, tei) ->
        schema.validate(tei, name).issues().stream().map(i -> i.toDiagnostic()).toList());
    int code = Main.OK;
    List<Publisher.Text> built = new ArrayList<>();
    for (Path text : texts) {
      code = Math.max(code, buildOne(builder, text, settings, out, err, built));
    }
    return Math.max(code, publish(built, out, err));
  }

  /** Renders the HTML site and the PDFs of the texts that built into valid TEI. */
  private int publish(List<Publisher.Text> built, PrintWriter out, PrintWriter err) {
    if (built.isEmpty() || noHtml && noPdf) {
      return Main.OK;
    }
    try {
      List<Path> files = new Publisher(new Publisher.Formats(!noHtml, !noPdf)).publish(built, output);
      long pdfs = files.stream().filter(f -> f.toString().endsWith(".pdf")).count();
      out.println("published " + (noHtml ? "" : "the HTML edition (" + output.resolve("index.html") + ")")
          + (noHtml || noPdf ? "" : " and ") + (noPdf ? "" : pdfs + " PDF" + (pdfs == 1 ? "" : "s")));
      return Main.OK;
    } catch (RenderException e) {
      err.println(e.getMessage());
      return Main.CONTENT_ERRORS;
    } catch (IOException e) {
      err.println(output + ": fatal OUT001: cannot write the output: " + e.getMessage()
          + "; check that the directory exists and is writable");
      return Main.INPUT_ERRORS;
    }
  }

  private int buildOne(EditionBuilder builder, Path text, BuildSettings settings, PrintWriter out, PrintWriter err,
      List<Publisher.Text> built) {
    try {
      EditionBuilder.Outcome o = builder.build(text, settings);
      if (o.report().valid()) {
        built.add(Publisher.Text.of(new TeiDocument(EditionBuilder.baseName(text), o.teiBytes()), o.config()));
      }
      for (Diagnostic d : o.diagnostics()) {
        if (!quiet || d.severity() != Severity.INFO) {
          (d.severity() == Severity.INFO ? out : err).println(d.format());
        }
      }
      out.println(o.report().summary());
      out.println("  wrote " + o.tei() + " and " + o.reportFile());
      return o.report().valid() ? Main.OK : Main.CONTENT_ERRORS;
    } catch (InputException e) {
      err.println(e.diagnostic().format());
      return Main.INPUT_ERRORS;
    }
  }
}
