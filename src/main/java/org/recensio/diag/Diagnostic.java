package org.recensio.diag;

import java.util.List;
import java.util.Objects;
import org.recensio.model.SourceSpan;

/**
 * One problem or remark about an input, with a stable code (see {@code Messages.properties}),
 * the place it concerns, and the arguments of its message.
 */
public record Diagnostic(String code, Severity severity, SourceSpan span, List<String> args) {
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    args = List.copyOf(args);
  }

  public static Diagnostic of(String code, Severity severity, SourceSpan span, Object... args) {
    return new Diagnostic(code, severity, span, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The message text, from Messages.properties. */
  public String message() {
    return Messages.format(code, args);
  }

  /** Compiler-style line: {@code file:line:col: warning CODE: message}. */
  public String format() {
    return span.location() + ": " + severity.label() + " " + code + ": " + message();
  }
}
