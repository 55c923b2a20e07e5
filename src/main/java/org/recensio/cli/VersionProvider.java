package org.recensio.cli;

import org.recensio.pipeline.Version;
import picocli.CommandLine;

/** Prints the version for --version. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"recensio " + Version.current()};
  }
}
