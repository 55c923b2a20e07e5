package org.recensio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recensio.pipeline.AtomicFiles;
import org.recensio.render.RenderException;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recensio export}: plain text from a TEI file, by XSLT. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the plain text of a TEI edition, by XSLT.",
        "diplomatic: the source as transmitted (what was printed, hyphens and all);",
        "reading: the edited text (corrections applied, hyphenated words joined, gaps marked).",
        "--witness SIGLUM: the text of that witness of a critical edition (its reading at each variant place)."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--view", paramLabel = "VIEW", defaultValue = "diplomatic",
      description = "diplomatic (default) or reading.")
  String view;

  @Option(names = "--witness", paramLabel = "SIGLUM",
      description = "Export this witness's text: at each variant place its reading (lem or rdg whose @wit names it).")
  String witness;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Parameters(arity = "1", paramLabel = "FILE.xml", description = "A TEI file that follows Recensio's encoding.")
  Path tei;

  @Override
  public Integer call() {
    View v;
    try {
      v = View.valueOf(view.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("recensio: --view must be diplomatic or reading, not '" + view + "'");
      return Main.INPUT_ERRORS;
    }
    try {
      String text = witness == null ? new TextExporter().export(tei, v)
          : new TextExporter().exportWitness(tei, v, witness);
      if (output == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        AtomicFiles.writeAll(Map.of(output, text.getBytes(StandardCharsets.UTF_8)));
      }
      return Main.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println(tei + ": error ING005: cannot read or write: " + e.getMessage());
      return Main.INPUT_ERRORS;
    } catch (RenderException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Main.INPUT_ERRORS;
    }
  }
}
