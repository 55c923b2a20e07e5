package org.recensio.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.model.Inline;
import org.recensio.model.Register;
import org.recensio.model.Whitespace;

/**
 * The printed forms of everyone and everything in the register that the text may name: each
 * form of a person, organisation or place, and for a person also the surname alone ("Bukharin"
 * for "N. I. Bukharin"). Finds them in a text, the longest form first at each place.
 */
final class NameIndex {
  private static final Pattern SURNAME = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:-?\\p{Lu}\\p{Ll}+)?)\\P{L}*$");

  /** What a form points at, and how sure the builder is when it finds it. */
  record Target(String id, Inline.NameKind kind, String cert) {}

  /** A form found in a text. */
  record Hit(int start, int end, Target target) {}

  private final Map<String, Target> forms;
  private final Pattern pattern;

  private NameIndex(Map<String, Target> forms) {
    this.forms = Map.copyOf(forms);
    this.pattern = forms.isEmpty() ? null : TextForms.anyOf(forms.keySet());
  }

  static NameIndex of(Register register, NameRules rules) {
    return new NameIndex(forms(register, rules));
  }

  /** Every printed form of the register's names, collapsed, with what it points at. */
  static Map<String, Target> forms(Register register, NameRules rules) {
    Map<String, Target> forms = new LinkedHashMap<>();
    for (Register.Entry e : register.entries()) {
      kindOf(e.kind()).ifPresent(kind -> e.forms().stream().filter(NameIndex::isProperName)
          .forEach(f -> forms.putIfAbsent(Whitespace.collapse(f), new Target(e.id(), kind, "high"))));
    }
    for (Register.Entry e : register.of(Register.Kind.PERSON)) {
      for (String f : e.forms()) {
        surname(f).filter(rules::mayBeName)
            .ifPresent(s -> forms.putIfAbsent(s, new Target(e.id(), Inline.NameKind.PERSON, "medium")));
      }
    }
    return forms;
  }

  /** The surname of a printed name: its last capitalised word. */
  static Optional<String> surname(String form) {
    Matcher m = SURNAME.matcher(form.trim());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    if (pattern == null) {
      return hits;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.end(), forms.get(Whitespace.collapse(m.group()))));
    }
    return hits;
  }

  static Optional<Inline.NameKind> kindOf(Register.Kind kind) {
    return switch (kind) {
      case PERSON -> Optional.of(Inline.NameKind.PERSON);
      case ORG -> Optional.of(Inline.NameKind.ORG);
      case PLACE -> Optional.of(Inline.NameKind.PLACE);
      case GROUP -> Optional.empty();
    };
  }

  /** A form the text may print as a name: it starts with a capital and is more than one letter. */
  private static boolean isProperName(String form) {
    String f = form.trim();
    return f.length() > 1 && Character.isUpperCase(f.codePointAt(0));
  }
}
