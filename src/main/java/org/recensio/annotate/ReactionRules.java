package org.recensio.annotate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The vocabulary that tells an audience reaction from an ordinary parenthesis: every word inside
 * the delimiters must be a reaction word, a modifier or a filler (or lie in a phrase naming where
 * the reaction comes from, "from the Ukrainian delegation"), and at least one word must name a
 * category of the reaction taxonomy. Policy as data: {@link ReactionClassifier} only applies it.
 *
 * @param keywords word or phrase (lower case, words separated by one space) → taxonomy category
 * @param intensifiers modifiers that turn a category into a stronger one ("prolonged applause")
 * @param intensified category → the category it becomes after an intensifier
 * @param fillers function words, neutral modifiers and places in the hall ("the", "loud", "hall", "Left")
 * @param sourceOpeners words that open a phrase naming who reacts, which may hold any words
 * @param maxWords the most words a reaction has
 */
public record ReactionRules(Map<String, String> keywords, Set<String> intensifiers, Map<String, String> intensified,
    Set<String> fillers, Set<String> sourceOpeners, int maxWords) {
  public ReactionRules {
    keywords = Map.copyOf(keywords);
    intensifiers = Set.copyOf(intensifiers);
    intensified = Map.copyOf(intensified);
    fillers = Set.copyOf(fillers);
    sourceOpeners = Set.copyOf(sourceOpeners);
    Objects.checkIndex(0, maxWords);
  }

  public static final ReactionRules DEFAULT = new ReactionRules(
      defaultKeywords(),
      words("prolonged", "stormy", "storm", "long", "thunderous", "sustained", "continued", "continuing",
          "tumultuous", "lengthy", "standing", "frenzied"),
      Map.of("applause", "ovation"),
      words("a", "an", "the", "and", "of", "in", "at", "by", "to", "with", "is", "are", "heard", "again",
          "their", "his", "her", "its", "all", "some", "several", "many", "few", "more", "much", "very", "slight",
          "general", "loud", "loudest", "renewed", "great", "warm", "enthusiastic", "lively", "animated", "isolated",
          "scattered", "followed", "then", "hall", "house", "chamber", "benches", "bench", "gallery", "galleries",
          "floor", "audience", "delegates", "delegation", "deputies", "members", "right", "left", "centre",
          "center", "side", "sides", "part", "parts", "back", "front", "rows", "row", "remain", "remains",
          "everyone", "all", "their", "feet", "to"),
      words("from", "among"),
      20);

  private static Set<String> words(String... words) {
    return Set.copyOf(List.of(words));
  }

  private static Map<String, String> defaultKeywords() {
    Map<String, List<String>> byCategory = Map.ofEntries(
        Map.entry("applause", List.of("applause", "applauds", "applaud", "applauding", "clapping", "claps",
            "handclapping")),
        Map.entry("ovation", List.of("ovation", "ovations")),
        Map.entry("laughter", List.of("laughter", "laughs", "laugh", "laughing", "merriment", "amusement", "mirth",
            "smiles")),
        Map.entry("cheers", List.of("cheers", "cheer", "cheering", "hurrah", "hurrahs")),
        Map.entry("approval", List.of("approval", "assent", "hear", "bravo", "bravos", "agreed", "quite right",
            "that is right")),
        Map.entry("disapproval", List.of("disapproval", "dissent", "shame", "hisses", "hissing", "booing", "boos",
            "protests", "protest", "whistles", "whistling", "groans")),
        Map.entry("cries", List.of("cries", "cry", "shouts", "shout", "shouting", "exclamations", "exclamation",
            "calls", "heckling")),
        Map.entry("noise", List.of("noise", "uproar", "commotion", "tumult", "disturbance", "din", "murmurs",
            "murmur", "murmuring", "excitement", "confusion", "disorder")),
        Map.entry("interruption", List.of("interruption", "interruptions", "interrupted")),
        Map.entry("movement", List.of("movement", "stir", "sensation", "agitation", "seated", "rise", "rises",
            "rising")),
        Map.entry("silence", List.of("silence", "pause")));
    java.util.HashMap<String, String> out = new java.util.HashMap<>();
    byCategory.forEach((category, words) -> words.forEach(w -> out.put(w, category)));
    return out;
  }

  /** The longest keyword phrase, in words. */
  int longestKeyword() {
    return keywords.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }
}
