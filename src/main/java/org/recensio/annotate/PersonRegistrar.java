package org.recensio.annotate;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recensio.model.Inline;
import org.recensio.model.Register;

/**
 * Gives every person found by {@link PersonFinder} one register entry: the entry that already
 * has the name or surname among its forms (the speaker, an interjector, a configured entry), or
 * a new one with role "mentioned", id {@link Register#idFor}, named by its fullest printed form.
 */
final class PersonRegistrar {
  private final NameRules rules;

  PersonRegistrar(NameRules rules) {
    this.rules = rules;
  }

  Register register(Register register, List<PersonFinder.Mention> mentions) {
    Map<String, Set<String>> bySurname = new LinkedHashMap<>();
    mentions.forEach(m -> bySurname.computeIfAbsent(m.surname(), s -> new LinkedHashSet<>()).add(m.printed()));
    Register out = register;
    for (Map.Entry<String, Set<String>> person : bySurname.entrySet()) {
      out = add(out, person.getKey(), person.getValue());
    }
    return out;
  }

  private Register add(Register register, String surname, Set<String> printed) {
    Map<String, NameIndex.Target> forms = NameIndex.forms(register, rules);
    Optional<Register.Entry> known = java.util.stream.Stream.concat(printed.stream(), java.util.stream.Stream.of(surname))
        .map(forms::get).filter(t -> t != null && t.kind() == Inline.NameKind.PERSON).findFirst()
        .flatMap(t -> register.byId(t.id()));
    Register.Entry entry = known.orElseGet(() -> fresh(register, surname, printed));
    for (String form : printed) {
      entry = entry.withForm(form);
    }
    return register.with(entry.withForm(surname));
  }

  private static Register.Entry fresh(Register register, String surname, Set<String> printed) {
    String name = printed.stream().max(Comparator.comparingInt(String::length)).orElse(surname);
    String id = Register.idFor(surname, "person");
    String unique = id;
    for (int n = 2; register.byId(unique).isPresent(); n++) {
      unique = id + "-" + n;
    }
    return Register.Entry.of(unique, Register.Kind.PERSON, name, "mentioned");
  }
}
