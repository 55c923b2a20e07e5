package org.recensio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import picocli.CommandLine;

/** Issue 3: {@code recensio check} lists proposals and writes them into the configuration. */
class CheckCommandTest {
  @TempDir
  Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new CheckCommand());
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute(args));
    return out.toString();
  }

  private Path text() throws Exception {
    Path t = dir.resolve("speech.txt");
    Files.writeString(t, "The Central Committee met.\n\nThis threw the Centrai Committee into bureacratic confusion.\n");
    return t;
  }

  @Test
  void listsEachProposalWithFileLineColumnAndConfidence() throws Exception {
    String out = run(text().toString());
    assertTrue(out.contains("speech.txt:3:16: Centrai → Central (high, OCR confusion i/l)"), out);
    assertTrue(out.contains("speech.txt:3:39: bureacratic → bureaucratic (low, missing letter)"), out);
  }

  @Test
  void writeConfigAddsTheProposalsBesideTheTextAndTheyAreNotListedOnceDecided() throws Exception {
    Path t = text();
    Path yaml = dir.resolve("speech.yaml");
    Files.writeString(yaml, "# kept\nedition:\n  title: \"T\"\n");
    run(t.toString(), "--write-config");
    assertTrue(Files.readString(yaml).startsWith("# kept\n"));
    EditionConfig c = new ConfigReader().read(yaml);
    assertEquals("accept", c.emendations().get(0).decision());
    assertEquals("undecided", c.emendations().get(1).decision());
    String again = run(t.toString());
    assertTrue(again.contains("bureacratic"), "undecided ones are still listed");
    assertTrue(!again.contains("Centrai"), "accepted ones are not");
  }
}
