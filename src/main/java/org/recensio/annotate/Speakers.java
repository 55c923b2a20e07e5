package org.recensio.annotate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recensio.model.Register;
import org.recensio.model.Resp;
import org.recensio.model.Whitespace;

/**
 * Finds or adds the register entry for a printed speaker label: the configured register wins
 * (its entries are matched first, by their forms), then entries the builder already made, then a
 * new entry with the id {@link Register#idFor} gives — so the same person always has the same id.
 * A group ("A VOICE", "Voices") becomes a GROUP entry with role "audience".
 */
final class Speakers {
  /** The id the label resolved to and the register after it. */
  record Resolved(String id, Register register) {}

  private final SpeakerRules rules;
  private final SpeakerLabels labels;

  Speakers(SpeakerRules rules) {
    this.rules = rules;
    this.labels = new SpeakerLabels(rules);
  }

  /** The entry for {@code printed}, with {@code role} unless it already has a stronger one. */
  Resolved resolve(Register register, String printed, String role) {
    String label = Whitespace.collapse(printed);
    Optional<Register.Entry> known = match(register, label);
    if (known.isPresent()) {
      Register.Entry e = known.get();
      Register.Entry updated = e.resp().isEditor() ? e : e.withForm(label);
      return new Resolved(e.id(), register.with(withRole(updated, role)));
    }
    boolean group = labels.isGroup(Arrays.asList(label.split(" ")));
    String id = free(register, group ? groupId(label) : Register.idFor(key(label), "speaker"));
    Register.Entry e = group ? Register.Entry.of(id, Register.Kind.GROUP, label, "audience")
        : Register.Entry.of(id, Register.Kind.PERSON, label, role);
    return new Resolved(id, register.with(e));
  }

  /** The entry the editor named by id; added (as the editor's) when the register lacks it. */
  Resolved named(Register register, String id, String printed, String role, Resp editor) {
    Optional<Register.Entry> e = register.byId(id);
    if (e.isPresent()) {
      return new Resolved(id, register.with(withRole(e.get(), role)));
    }
    String name = printed.isBlank() ? id : Whitespace.collapse(printed);
    Register.Entry added = new Register.Entry(id, Register.Kind.PERSON, name, List.of(name), role, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), editor);
    return new Resolved(id, register.with(added));
  }

  private Optional<Register.Entry> match(Register register, String label) {
    String key = key(label);
    String id = labels.isGroup(Arrays.asList(label.split(" "))) ? groupId(label) : Register.idFor(key, "");
    return register.entries().stream()
        .filter(e -> e.kind() == Register.Kind.PERSON || e.kind() == Register.Kind.GROUP)
        .sorted(Comparator.comparing((Register.Entry e) -> !e.resp().isEditor()))
        .filter(e -> names(e, key) || e.id().equals(id))
        .findFirst();
  }

  /** Whether one of the entry's forms is the label, or ends with it when the label is one word. */
  private boolean names(Register.Entry e, String key) {
    return e.forms().stream().map(this::key).anyMatch(f -> f.equals(key)
        || !key.contains(" ") && f.endsWith(" " + key));
  }

  /** The label in lower case, titles dropped: "Mr. LINCOLN" → "lincoln". */
  private String key(String label) {
    return Arrays.stream(Whitespace.collapse(label).split(" ")).map(SpeakerLabels::lower)
        .filter(w -> !rules.titles().contains(w)).collect(Collectors.joining(" "));
  }

  /** A group's id from its head word: "A VOICE" → "voice", "Voices from the Left" → "voices". */
  private String groupId(String label) {
    return Arrays.stream(label.split(" ")).map(SpeakerLabels::lower).dropWhile(rules.determiners()::contains)
        .findFirst().map(w -> Register.idFor(w, "voices")).orElse("voices");
  }

  /** The id, or the id with a number when an organisation or place already has it. */
  private static String free(Register register, String id) {
    String out = id;
    for (int n = 2; register.byId(out).isPresent(); n++) {
      out = id + n;
    }
    return out;
  }

  /** A "mentioned" entry takes the role of who speaks; any other role stays. */
  private static Register.Entry withRole(Register.Entry e, String role) {
    return e.role().equals("mentioned") ? e.withRole(role) : e;
  }
}
