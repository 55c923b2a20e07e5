package org.recensio.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recensio.config.EditionConfig.EmendationDecision;

/**
 * Adds {@code emendations} entries to an edition configuration, written with Jackson's YAML
 * support. A file with no {@code emendations} key yet keeps every byte (its comments too): the new
 * section is appended at the end. A file that has one is read as a YAML tree, the new entries are
 * added to the list (an entry for the same line and printed form is not added twice), and the
 * whole tree is written again: its comments are then lost.
 */
public final class EmendationsYaml {
  private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private EmendationsYaml() {}

  /** The result: the new file's bytes, and whether the old file's comments survive. */
  public record Update(byte[] yaml, boolean commentsKept, int added) {}

  public static Update add(String existing, List<EmendationDecision> entries) throws JsonProcessingException {
    JsonNode tree = existing.isBlank() ? null : MAPPER.readTree(existing);
    if (tree != null && !tree.isObject()) {
      throw new IllegalArgumentException("the configuration is not a YAML mapping");
    }
    if (tree == null || !tree.has("emendations")) {
      ObjectNode block = JsonNodeFactory.instance.objectNode();
      block.set("emendations", list(entries, Set.of()));
      String sep = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
      String text = existing + sep + (existing.isBlank() ? "" : "\n") + HEADER + MAPPER.writeValueAsString(block);
      return new Update(text.getBytes(StandardCharsets.UTF_8), true, entries.size());
    }
    ObjectNode root = (ObjectNode) tree;
    JsonNode old = root.get("emendations");
    ArrayNode all = old != null && old.isArray() ? (ArrayNode) old : JsonNodeFactory.instance.arrayNode();
    Set<String> present = new HashSet<>();
    all.forEach(n -> present.add(key(n.path("line").asText(""), n.path("sic").asText(""))));
    ArrayNode fresh = list(entries, present);
    all.addAll(fresh);
    root.set("emendations", all);
    return new Update(MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8), false, fresh.size());
  }

  private static final String HEADER = """
      # Emendations proposed by "recensio check": for each, decision accept (apply corr), reject (keep
      # the printed form, never propose it again) or undecided (only reported); edit corr to replace
      # the proposal.
      """;

  private static ArrayNode list(List<EmendationDecision> entries, Set<String> present) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (EmendationDecision d : entries) {
      String k = key(d.line() == null ? "" : String.valueOf(d.line()), d.sic());
      if (present.contains(k)) {
        continue;
      }
      ObjectNode n = out.addObject();
      if (d.line() != null) {
        n.put("line", d.line());
      }
      n.put("sic", d.sic());
      if (d.corr() != null) {
        n.put("corr", d.corr());
      }
      n.put("decision", d.decision());
    }
    return out;
  }

  private static String key(String line, String sic) {
    return line + "\u0000" + sic;
  }
}
