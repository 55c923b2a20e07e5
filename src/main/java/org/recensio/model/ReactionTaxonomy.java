package org.recensio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The taxonomy of audience reactions declared in the header ({@code classDecl}) and pointed at by
 * {@code stage/@ana}. Each category names the ParlaMint element and type it maps onto
 * ({@code kinesic}, {@code vocal}, {@code incident}), so that a corpus built with Recensio can be
 * exported in that form.
 */
public record ReactionTaxonomy(List<Category> categories) {
  /** A reaction category: its id, what it is, and its ParlaMint element and type. */
  public record Category(String id, String description, String parlaMintElement, String parlaMintType) {
    public Category {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(parlaMintElement, "parlaMintElement");
      Objects.requireNonNull(parlaMintType, "parlaMintType");
    }
  }

  /** The ParlaMint elements, in the order they are declared. */
  public static final List<String> PARLAMINT_ELEMENTS = List.of("kinesic", "vocal", "incident");

  public static final ReactionTaxonomy DEFAULT = new ReactionTaxonomy(List.of(
      new Category("applause", "applause, clapping", "kinesic", "applause"),
      new Category("ovation", "ovation, standing or prolonged applause", "kinesic", "applause"),
      new Category("laughter", "laughter", "vocal", "laughter"),
      new Category("cheers", "cheers, cheering", "vocal", "shouting"),
      new Category("approval", "approval: “Hear, hear”, “Quite right”, “Bravo”", "vocal", "exclamat"),
      new Category("disapproval", "disapproval: “Shame”, hissing, booing, protests", "vocal", "exclamat"),
      new Category("cries", "cries and shouts from the hall", "vocal", "shouting"),
      new Category("noise", "noise, uproar, commotion in the hall", "vocal", "noise"),
      new Category("interruption", "interruption of the speaker", "vocal", "interruption"),
      new Category("movement", "movement, stir, sensation in the hall", "incident", "action"),
      new Category("silence", "silence, a pause", "incident", "pause")));

  public ReactionTaxonomy {
    categories = List.copyOf(categories);
  }

  public Optional<Category> byId(String id) {
    return categories.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The categories mapping onto one ParlaMint element, in declaration order. */
  public List<Category> under(String parlaMintElement) {
    return categories.stream().filter(c -> c.parlaMintElement().equals(parlaMintElement)).toList();
  }
}
