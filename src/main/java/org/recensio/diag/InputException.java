package org.recensio.diag;

/**
 * Bad input that stops a document before any output is written: an empty or binary file, an
 * undecodable one, a configuration that does not parse. Carries the diagnostic that explains it.
 * The command line turns it into one message and exit code 2.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public InputException(Diagnostic diagnostic) {
    super(diagnostic.format());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
