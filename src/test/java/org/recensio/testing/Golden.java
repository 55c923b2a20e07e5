package org.recensio.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Golden files: the expected output beside the input, compared with XMLUnit ignoring whitespace
 * and comments. Run with {@code -Drecensio.updateGoldens=true} to (re)write them after a
 * deliberate change — then review the diff before committing.
 */
public final class Golden {
  private Golden() {}

  public static void assertSimilar(Path golden, byte[] actual) throws IOException {
    if (Boolean.getBoolean("recensio.updateGoldens")) {
      Files.write(golden, actual);
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + "; write it with -Drecensio.updateGoldens=true and review it");
    }
    Diff diff = DiffBuilder.compare(Input.fromFile(golden.toFile()))
        .withTest(Input.fromByteArray(actual))
        .ignoreWhitespace()
        .ignoreComments()
        .normalizeWhitespace()
        .checkForSimilar()
        .build();
    assertTrue(!diff.hasDifferences(), () -> golden + " differs:\n" + String.join("\n",
        diff.getDifferences().iterator().hasNext() ? diff.toString() : ""));
  }
}
