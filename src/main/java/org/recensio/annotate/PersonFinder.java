package org.recensio.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recensio.model.Whitespace;

/**
 * Finds people by the shape of the text alone: a capitalised word after a title ("Comrade
 * Trotsky", "Comrades Tomsky and Lozovsky") or after initials ("N. I. Bukharin", "L.
 * P. Serebryakov"). The title is not part of the name; initials are.
 */
final class PersonFinder {
  private static final String NAME = "\\p{Lu}\\p{Ll}+(?:-?\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}])";
  private static final String INITIALS = "(?:\\p{Lu}\\.\\s+){1,3}";
  private static final String PERSON = "(?:" + INITIALS + ")?" + NAME;
  private static final Pattern ONE_PERSON = Pattern.compile("(" + INITIALS + ")?(" + NAME + ")");
  private static final Pattern BY_INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}.])" + INITIALS + "(" + NAME + ")");
  private static final String LIST_SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)";

  /** A person found: the span of the name as printed, its surname and its printed form. */
  record Mention(int start, int end, String surname, String printed) {}

  private final NameRules rules;
  private final Pattern afterTitle;
  private final Pattern afterPluralTitle;

  PersonFinder(NameRules rules) {
    this.rules = rules;
    this.afterTitle = Pattern.compile(TextForms.BEFORE + "(?=\\p{Lu})" + alternatives(rules.titles()) + "\\s+" + PERSON);
    this.afterPluralTitle = Pattern.compile(TextForms.BEFORE + "(?=\\p{Lu})" + alternatives(rules.pluralTitles()) + "\\s+"
        + PERSON + "(?:" + LIST_SEPARATOR + PERSON + ")*");
  }

  List<Mention> find(String text) {
    Map<Integer, Mention> found = new LinkedHashMap<>();
    titled(text, afterTitle, found);
    titled(text, afterPluralTitle, found);
    Matcher m = BY_INITIALS.matcher(text);
    while (m.find()) {
      add(text, m.start(), m.end(), m.group(1), found);
    }
    return found.values().stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
  }

  /** The persons after each title: the first word after it is the title itself, then the names. */
  private void titled(String text, Pattern title, Map<Integer, Mention> found) {
    Matcher m = title.matcher(text);
    while (m.find()) {
      int afterWord = text.substring(m.start(), m.end()).split("\\s", 2)[0].length() + m.start();
      Matcher p = ONE_PERSON.matcher(text).region(afterWord, m.end());
      while (p.find()) {
        if (!rules.mayBeName(p.group(2))) {
          break;
        }
        add(text, p.start(), p.end(), p.group(2), found);
      }
    }
  }

  private void add(String text, int start, int end, String surname, Map<Integer, Mention> found) {
    if (rules.mayBeName(surname)) {
      found.putIfAbsent(start, new Mention(start, end, surname, Whitespace.collapse(text.substring(start, end))));
    }
  }

  private static String alternatives(List<String> words) {
    return "(?:" + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
  }
}
