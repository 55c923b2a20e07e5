package org.recensio.testing;

import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import org.recensio.diag.InputException;

/** Edition configurations for tests, written as the YAML an editor would write. */
public final class Configs {
  private Configs() {}

  public static EditionConfig yaml(String... lines) {
    try {
      return new ConfigReader().parse("test.yaml", String.join("\n", lines) + "\n");
    } catch (InputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
