package org.recensio.annotate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.Whitespace;

/**
 * Reads a speaker label at a place of a text: up to {@code maxLabelWords} words, then a colon or
 * a dash ("Ryazanov :", "THE CHAIRMAN:", "The PRESIDENT.—", "Mr. Douglas—"), and says what kind
 * of label it is.
 */
final class SpeakerLabels {
  private static final String WORD = "\\p{L}[\\p{L}\\p{M}’'\\-]*\\.?";
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+\\.?");

  /** What a label names: a group, a person printed in capitals, with a title, or plainly. */
  enum Kind { GROUP, CAPITALS, TITLED, PLAIN }

  /**
   * A label: the name from {@code start} to {@code end}, the separator up to {@code separatorEnd};
   * {@code name} is the name as printed, whitespace collapsed.
   */
  record Label(int start, int end, int separatorEnd, String name, Kind kind) {
    boolean isGroup() {
      return kind == Kind.GROUP;
    }
  }

  private final SpeakerRules rules;
  private final Pattern label;

  SpeakerLabels(SpeakerRules rules) {
    this.rules = rules;
    this.label = Pattern.compile("(" + WORD + "(?:\\s+" + WORD + "){0," + (rules.maxLabelWords() - 1)
        + "}?)(\\s*(?::|\\.?[—–]))", Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** The label starting exactly at {@code at}, if there is one before {@code limit}. */
  Optional<Label> at(String text, int at, int limit) {
    Matcher m = label.matcher(text).region(at, limit);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int cut = m.end(1);
    if (!m.group(2).strip().startsWith(":") && text.charAt(cut - 1) == '.') {
      cut--;
    }
    int end = cut;
    String name = Whitespace.collapse(text.substring(at, end));
    return kind(name).map(k -> new Label(at, end, m.end(2), name, k));
  }

  /** The kind of a printed label, or empty when it is no speaker label. */
  Optional<Kind> kind(String name) {
    List<String> words = Arrays.asList(name.split(" "));
    if (words.size() > rules.maxLabelWords() || !Character.isUpperCase(name.codePointAt(0))
        || rules.notSpeakers().contains(lower(words.get(0)))) {
      return Optional.empty();
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !allowedLowerCase(lower(w))) {
        return Optional.empty();
      }
    }
    if (isGroup(words)) {
      return Optional.of(Kind.GROUP);
    }
    if (words.stream().allMatch(w -> rules.connectives().contains(lower(w)) || rules.titles().contains(lower(w)))) {
      return Optional.empty();
    }
    if (words.stream().anyMatch(SpeakerLabels::inCapitals)) {
      return Optional.of(Kind.CAPITALS);
    }
    return Optional.of(words.size() > 1 && rules.titles().contains(lower(words.get(0))) ? Kind.TITLED : Kind.PLAIN);
  }

  /** Whether the words, determiners dropped, start with a group's head ("A VOICE", "Voices from the Left"). */
  boolean isGroup(List<String> words) {
    return words.stream().map(SpeakerLabels::lower).dropWhile(rules.determiners()::contains).findFirst()
        .filter(rules.groupHeads()::contains).isPresent();
  }

  /** Whether a label of this kind names the chair ("THE CHAIRMAN", "The PRESIDENT"). */
  boolean isChair(String name) {
    return Arrays.stream(name.split(" ")).map(SpeakerLabels::lower).anyMatch(rules.chairWords()::contains);
  }

  private boolean allowedLowerCase(String w) {
    return rules.connectives().contains(w) || rules.groupHeads().contains(w) || rules.determiners().contains(w);
  }

  /** A word of two or more letters, all capitals, not a Roman numeral. */
  private static boolean inCapitals(String w) {
    long letters = w.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && !ROMAN.matcher(w).matches();
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
