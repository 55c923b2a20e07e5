package org.recensio.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of output files so that a reader never sees a partial one: each is written to a
 * temporary file beside its target and moved into place; if any write fails, the temporary files
 * are removed and nothing new appears.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void writeAll(Map<Path, byte[]> files) throws IOException {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        Path target = e.getKey();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        staged.add(new Path[] {tmp, target});
        Files.write(tmp, e.getValue());
      }
    } catch (IOException | RuntimeException e) {
      for (Path[] s : staged) {
        Files.deleteIfExists(s[0]);
      }
      throw e;
    }
    for (Path[] s : staged) {
      move(s[0], s[1]);
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
