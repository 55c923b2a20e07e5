package org.recensio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recensio} command: subcommands, --help, --version, and the exit codes. */
@Command(name = "recensio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Builds scholarly TEI editions from plain-text transcripts.%n",
    subcommands = {BuildCommand.class, ValidateCommand.class, ExportCommand.class, RenderCommand.class, CheckCommand.class,
        org.recensio.bench.BenchCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"%nExit codes: 0 ok, 1 content or validation errors, 2 usage or input errors."})
public final class Main implements Runnable {
  /** Everything went well. */
  public static final int OK = 0;
  /** The content has problems: validation errors in the TEI. */
  public static final int CONTENT_ERRORS = 1;
  /** Bad usage or bad input: nothing (more) was written. */
  public static final int INPUT_ERRORS = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the standard streams and returns the exit code. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output and error streams, and returns the exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> INPUT_ERRORS);
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("recensio: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'recensio " + e.getCommandLine().getCommandName() + " --help'.");
      return INPUT_ERRORS;
    });
    cl.setExecutionExceptionHandler((e, c, p) -> {
      c.getErr().println("recensio: internal error: " + e + " (please report this)");
      return INPUT_ERRORS;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
