package org.recensio.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The policy for finding people named in the text, as data. A capitalised word is taken for a
 * person after a title ({@code titles}: "Comrade Trotsky"; after a plural title a list:
 * "Comrades Trotsky and Bukharin"; titles are capitalised) and after initials ("N. I. Bukharin"); never when it is one
 * of the {@code stopWords} ("Party", "Soviet", "Congress", months …), which are not persons.
 * Organisations and places come only from the edition's register.
 */
public record NameRules(List<String> titles, List<String> pluralTitles, Set<String> stopWords) {
  public static final NameRules DEFAULT = new NameRules(
      List.of("Comrade", "Mr.", "Mrs.", "Mr", "Mrs", "Miss", "Citizen", "Dr.", "Professor", "General"),
      List.of("Comrades", "Messrs.", "Messrs", "Citizens"),
      Set.of(
          // institutions and words that follow a title without being a name
          "Party", "Soviet", "Soviets", "Congress", "Central", "Committee", "Council", "Conference", "Commission",
          "Republic", "Government", "State", "Plenum", "Plenary", "Presidium", "Bureau", "Union", "Unions",
          "International", "Commissariat", "Commissar", "Commissars", "Army", "Navy", "Court", "Assembly",
          "Chairman", "Chairwoman", "President", "Speaker", "Secretary", "Delegates", "Delegate", "Members",
          "Comrade", "Comrades", "Citizen", "Citizens", "Sir", "Madam", "Ladies", "Gentlemen", "Friends",
          "Workers", "Communists", "Communist", "Bolsheviks", "Mensheviks",
          // pronouns and function words that open sentences
          "The", "This", "That", "These", "Those", "There", "Then", "What", "Who", "When", "Where", "Why", "How",
          "He", "She", "It", "We", "You", "They", "His", "Her", "Our", "Your", "Their", "And", "But", "Or",
          "If", "In", "On", "At", "By", "For", "Of", "To", "As", "So", "No", "Not", "Yes", "All",
          // months and days
          "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"));

  public NameRules {
    titles = List.copyOf(titles);
    pluralTitles = List.copyOf(pluralTitles);
    stopWords = Set.copyOf(stopWords);
    Objects.requireNonNull(stopWords, "stopWords");
  }

  /** Whether a capitalised word may be a person's name. */
  public boolean mayBeName(String word) {
    return !stopWords.contains(word);
  }
}
