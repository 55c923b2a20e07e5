package org.recensio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recensio.annotate.Proposal;
import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import org.recensio.config.EmendationsYaml;
import org.recensio.diag.InputException;
import org.recensio.pipeline.Proposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recensio check}: the OCR and typing errors the builder proposes to emend. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
        "Lists the emendations proposed for each transcript that its configuration has not decided yet, as "
            + "file:line:col: printed → proposed (confidence, reason). 'build' applies the high-confidence ones "
            + "unless the editor decides otherwise; the others are only reported.",
        "--write-config adds them to the configuration (the .yaml beside the text, or --config) under "
            + "'emendations', with decision 'accept' (high confidence) or 'undecided' (the rest): set each to "
            + "accept, reject or undecided, and edit its 'corr' to replace the proposal.",
        "A configuration with no 'emendations' yet keeps every line, comments included: the list is appended. "
            + "When it already has one, the file is rewritten from its YAML tree and its comments are lost."})
public final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcripts to check.")
  List<Path> files;

  @Option(names = "--config", paramLabel = "FILE", description = "Edition configuration (YAML) to read and, with --write-config, to write.")
  Path config;

  @Option(names = "--write-config", description = "Add the proposals to the configuration as 'emendations' entries.")
  boolean writeConfig;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConfigReader reader = new ConfigReader();
    int code = Main.OK;
    for (Path f : files) {
      try {
        Optional<Path> file = config != null ? Optional.of(config) : reader.besides(f);
        EditionConfig c = file.isPresent() && file.get().toFile().isFile() ? reader.read(file.get())
            : EditionConfig.defaults();
        List<Proposal> proposals = Proposals.of(f, c);
        proposals.forEach(p -> out.println(p.format()));
        out.println(f + ": " + proposals.size() + " proposals");
        if (writeConfig) {
          Path target = file.orElse(besides(f));
          EmendationsYaml.Update u = Proposals.writeConfig(target, proposals);
          out.println("  added " + u.added() + " emendations to " + target
              + (u.commentsKept() ? "" : " (rewritten from its YAML tree: its comments were not kept)"));
        }
      } catch (InputException e) {
        err.println(e.diagnostic().format());
        code = Main.INPUT_ERRORS;
      }
    }
    return code;
  }

  private static Path besides(Path text) {
    String name = text.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return text.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ConfigReader.EXTENSION);
  }
}
