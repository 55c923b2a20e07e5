package org.recensio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.recensio.pipeline.EditionBuilder;
import org.recensio.pipeline.Publisher;
import org.recensio.render.RenderException;
import org.recensio.render.TeiDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recensio render}: the HTML and/or PDF edition of any TEI files that follow ENCODING.md. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Renders TEI files (built by Recensio or edited by hand) into the HTML edition and/or the",
        "print edition, by XSLT alone. With neither --html nor --pdf, renders both."})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = false)
  Formats formats = new Formats();

  /** Which editions to render. */
  static final class Formats {
    @Option(names = "--html", description = "The static HTML site (index.html, one page per text, …).")
    boolean html;

    @Option(names = "--pdf", description = "One PDF per text.")
    boolean pdf;
  }

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("target", "edition");

  @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "TEI files.")
  List<Path> files;

  @Override
  public Integer call() {
    List<Publisher.Text> texts = new ArrayList<>();
    for (Path f : files) {
      try {
        texts.add(Publisher.Text.of(new TeiDocument(baseName(f), Files.readAllBytes(f))));
      } catch (IOException e) {
        spec.commandLine().getErr().println(f + ": fatal ING005: cannot read the file: " + e.getMessage());
        return Main.INPUT_ERRORS;
      }
    }
    boolean both = !formats.html && !formats.pdf;
    try {
      List<Path> written = new Publisher(new Publisher.Formats(both || formats.html, both || formats.pdf))
          .publish(texts, output);
      written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
      return Main.OK;
    } catch (RenderException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Main.INPUT_ERRORS;
    } catch (IOException e) {
      spec.commandLine().getErr().println(output + ": fatal OUT001: cannot write the output: " + e.getMessage());
      return Main.INPUT_ERRORS;
    }
  }

  /** "speech.tei.xml" → "speech". */
  private static String baseName(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(EditionBuilder.TEI_SUFFIX) ? name.substring(0, name.length() - EditionBuilder.TEI_SUFFIX.length())
        : EditionBuilder.baseName(f);
  }
}
