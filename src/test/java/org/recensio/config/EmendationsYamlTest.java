package org.recensio.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig.EmendationDecision;

/** Issue 3: check --write-config adds the proposals to the edition's configuration. */
class EmendationsYamlTest {
  private static final List<EmendationDecision> TWO = List.of(
      new EmendationDecision(949, "Centrai", "Central", "accept"),
      new EmendationDecision(1498, "Econormic", "Economic", "undecided"));

  @Test
  void aConfigurationWithoutEmendationsKeepsEveryByteAndGetsTheListAppended() throws Exception {
    String before = "# my comment\nedition:\n  title: \"T\"\n";
    EmendationsYaml.Update u = EmendationsYaml.add(before, TWO);
    String after = new String(u.yaml(), StandardCharsets.UTF_8);
    assertTrue(after.startsWith(before));
    assertTrue(u.commentsKept());
    EditionConfig c = new ConfigReader().parse("x.yaml", after);
    assertEquals(TWO, c.emendations());
    assertEquals("T", c.edition().title());
  }

  @Test
  void anExistingListIsMergedWithoutDuplicates() throws Exception {
    String before = "emendations:\n  - line: 949\n    sic: Centrai\n    corr: Centre\n    decision: accept\n";
    EmendationsYaml.Update u = EmendationsYaml.add(before, TWO);
    assertFalse(u.commentsKept());
    assertEquals(1, u.added());
    EditionConfig c = new ConfigReader().parse("x.yaml", new String(u.yaml(), StandardCharsets.UTF_8));
    assertEquals(List.of(new EmendationDecision(949, "Centrai", "Centre", "accept"), TWO.get(1)), c.emendations());
  }

  @Test
  void anEmptyFileBecomesAConfigurationWithTheList() throws Exception {
    EmendationsYaml.Update u = EmendationsYaml.add("", TWO);
    assertEquals(TWO, new ConfigReader().parse("x.yaml", new String(u.yaml(), StandardCharsets.UTF_8)).emendations());
  }
}
