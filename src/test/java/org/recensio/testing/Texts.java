package org.recensio.testing;

import java.util.ArrayList;
import java.util.List;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceText;
import org.recensio.model.Transcript;
import org.recensio.structure.StructureReader;

/** Builds test inputs: a SourceText from a string ('\n' separates lines). */
public final class Texts {
  private Texts() {}

  public static SourceText source(String text) {
    String[] parts = text.split("\n", -1);
    int n = text.endsWith("\n") ? parts.length - 1 : parts.length;
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(new SourceLine(i + 1, parts[i]));
    }
    return new SourceText("test.txt", "UTF-8", lines);
  }

  /** Lines joined with a blank line after each, as in the seed's layout. */
  public static String spaced(String... lines) {
    return String.join("\n\n", lines) + "\n";
  }

  public static Transcript structure(String text, EditionConfig config, DiagnosticSink sink) {
    return new StructureReader().read(source(text), config, sink);
  }

  public static Transcript structure(String text) {
    return structure(text, EditionConfig.defaults(), new DiagnosticSink());
  }
}
