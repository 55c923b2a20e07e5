package org.recensio.diag;

/** How bad a diagnostic is. ERROR fails the document (exit code 1); FATAL stops it (exit code 2). */
public enum Severity {
  INFO, WARNING, ERROR, FATAL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
