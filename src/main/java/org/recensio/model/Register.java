package org.recensio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people, groups, organisations and places of an edition, each with one stable id: the main
 * speaker, everyone who interjects or takes a turn, everyone named. Written to the header
 * ({@code particDesc/listPerson}, {@code listOrg}, {@code settingDesc/listPlace}); every
 * {@code @who} and {@code @ref} of the text points here.
 */
public record Register(List<Entry> entries) {
  /** What an entry is. */
  public enum Kind { PERSON, GROUP, ORG, PLACE }

  /**
   * One entry. {@code forms} are the ways the text names it ("Bukharin", "N. I. Bukharin");
   * {@code role} is "speaker", "interjector", "chair", "audience" or "mentioned".
   */
  public record Entry(String id, Kind kind, String name, List<String> forms, String role, Optional<String> fullName,
      Optional<String> birth, Optional<String> death, Optional<String> wikidata, Optional<String> viaf, Resp resp) {
    public Entry {
      new Resp(id);
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      forms = List.copyOf(forms);
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(birth, "birth");
      Objects.requireNonNull(death, "death");
      Objects.requireNonNull(wikidata, "wikidata");
      Objects.requireNonNull(viaf, "viaf");
      Objects.requireNonNull(resp, "resp");
    }

    /** A bare entry: id, kind, name, role, found by the builder. */
    public static Entry of(String id, Kind kind, String name, String role) {
      return new Entry(id, kind, name, List.of(name), role, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Resp.BUILDER);
    }

    public Entry withRole(String newRole) {
      return new Entry(id, kind, name, forms, newRole, fullName, birth, death, wikidata, viaf, resp);
    }

    public Entry withForm(String form) {
      if (forms.contains(form)) {
        return this;
      }
      List<String> more = new ArrayList<>(forms);
      more.add(form);
      return new Entry(id, kind, name, more, role, fullName, birth, death, wikidata, viaf, resp);
    }
  }

  public static final Register EMPTY = new Register(List.of());

  public Register {
    entries = List.copyOf(entries);
    if (entries.stream().map(Entry::id).distinct().count() != entries.size()) {
      throw new IllegalArgumentException("register ids must be unique");
    }
  }

  /**
   * A readable, stable id for a printed name: its last word of two or more characters, folded to
   * ASCII letters and digits, in lower case ("V. I. Lenin" → "lenin"); the fallback if it has none.
   */
  public static String idFor(String name, String fallback) {
    String[] words = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .split("[^A-Za-z0-9]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (words[i].length() > 1 && Character.isLetter(words[i].charAt(0))) {
        return words[i].toLowerCase(java.util.Locale.ROOT);
      }
    }
    return fallback;
  }

  public Optional<Entry> byId(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** This register with {@code e} added, or replacing the entry with the same id. */
  public Register with(Entry e) {
    List<Entry> out = new ArrayList<>(entries.size() + 1);
    boolean replaced = false;
    for (Entry x : entries) {
      if (x.id().equals(e.id())) {
        out.add(e);
        replaced = true;
      } else {
        out.add(x);
      }
    }
    if (!replaced) {
      out.add(e);
    }
    return new Register(out);
  }

  public List<Entry> of(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }
}
