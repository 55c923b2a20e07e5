package org.recensio.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a speaker label looks like ("THE CHAIRMAN:", "Mr. LINCOLN:", "The PRESIDENT.—",
 * "(Bukharin : …)", "A VOICE:"), which labels name a group rather than a person, and when a
 * transcript is a sequence of turns. Policy as data for {@link SpeakerLabels}, the
 * {@link TurnTagger} and the {@link InterjectionTagger}. All words are in lower case.
 *
 * @param titles words that precede a name ("mr.", "comrade")
 * @param determiners words that may precede a group ("a", "several")
 * @param groupHeads words that make a label a group ("voice", "voices", "delegates", "audience")
 * @param connectives lower-case words allowed inside a label ("of", "from", "the", "von")
 * @param chairWords words that make a speaker the chair ("chairman", "president")
 * @param notSpeakers first words of labels that introduce no speaker ("note", "see", "thesis")
 * @param maxLabelWords the most words a label has
 * @param minTurns how many paragraphs must open with a person's label before a transcript counts
 *     as a sequence of turns
 */
public record SpeakerRules(Set<String> titles, Set<String> determiners, Set<String> groupHeads,
    Set<String> connectives, Set<String> chairWords, Set<String> notSpeakers, int maxLabelWords, int minTurns) {
  public SpeakerRules {
    titles = Set.copyOf(titles);
    determiners = Set.copyOf(determiners);
    groupHeads = Set.copyOf(groupHeads);
    connectives = Set.copyOf(connectives);
    chairWords = Set.copyOf(chairWords);
    notSpeakers = Set.copyOf(notSpeakers);
    Objects.checkIndex(0, maxLabelWords);
    Objects.checkIndex(0, minTurns);
  }

  public static final SpeakerRules DEFAULT = new SpeakerRules(
      words("mr.", "mr", "mrs.", "mrs", "ms.", "miss", "dr.", "sir", "lord", "lady", "comrade", "citizen", "herr",
          "frau", "m.", "mme.", "monsieur", "madame", "signor", "senator", "general", "colonel", "captain",
          "professor", "rev.", "hon."),
      words("a", "an", "the", "another", "several", "some", "many", "other", "one", "two", "various", "all"),
      words("voice", "voices", "delegate", "delegates", "member", "members", "audience", "hall", "floor", "cries",
          "crowd", "people", "deputies", "speakers", "interjections"),
      words("of", "from", "the", "a", "an", "on", "in", "de", "von", "van", "la", "le", "der", "del", "di", "and"),
      words("chairman", "chairwoman", "chair", "president", "presiding", "speaker"),
      words("note", "notes", "see", "cf", "cf.", "compare", "ed.", "ed", "editor", "editors", "translator", "sic",
          "emphasis", "italics", "source", "footnote", "ibid", "ibid.", "thesis", "theses", "resolution",
          "chapter", "section", "part", "volume", "vol.", "no.", "p.", "pp.", "first", "second", "third", "fourth",
          "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "finally", "question", "answer", "result",
          "conclusion", "example", "for", "but", "and", "now", "then", "thus", "hence", "therefore", "here",
          "there", "this", "that", "these", "those", "it", "we", "i", "he", "she", "they", "you"),
      5,
      2);

  private static Set<String> words(String... words) {
    return Set.copyOf(List.of(words));
  }
}
