package org.recensio.pipeline;

import org.recensio.diag.DiagnosticSink;

/** One step of the pipeline: a value in, a new value out, problems to the sink. */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input, DiagnosticSink diagnostics);
}
