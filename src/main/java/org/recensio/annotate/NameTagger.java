package org.recensio.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.NameDecision;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.Severity;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Register;
import org.recensio.model.SourceSpan;
import org.recensio.model.Transcript;

/**
 * Links the names in the body and the notes to the register: people found by title or initials
 * ({@link PersonFinder}) get an entry each, then every printed form of a person, organisation or
 * place in the register becomes a {@code Name} pointing at it — the same person always the same
 * id. The editor's {@code names} decisions come first: a printed name linked to an entry, or
 * "none" for words that are no name.
 */
public final class NameTagger {
  private static final String NONE = "none";
  private final EditionConfig config;
  private final NameRules rules;

  public NameTagger(EditionConfig config) {
    this(config, NameRules.DEFAULT);
  }

  public NameTagger(EditionConfig config, NameRules rules) {
    this.config = config;
    this.rules = rules;
  }

  public Transcript tag(Transcript t, DiagnosticSink sink) {
    PersonFinder finder = new PersonFinder(rules);
    List<PersonFinder.Mention> mentions = BodyAndNotes.paragraphs(t)
        .flatMap(p -> finder.find(p.text().text()).stream()).toList();
    Register register = new PersonRegistrar(rules).register(t.register(), mentions);
    List<NameDecision> decisions = knownRefs(t, register, sink);
    NameIndex index = NameIndex.of(register, rules);
    Set<NameDecision> used = new HashSet<>();
    Transcript out = BodyAndNotes.map(t.withRegister(register), p -> link(p, index, register, decisions, used));
    for (NameDecision d : decisions) {
      if (!used.contains(d)) {
        sink.report(Diagnostic.of("NAM001", Severity.WARNING, at(t, d.line()), d.text()));
      }
    }
    return out;
  }

  private Paragraph link(Paragraph p, NameIndex index, Register register, List<NameDecision> decisions,
      Set<NameDecision> used) {
    List<DecisionPlaces.Place<NameDecision>> places = new ArrayList<>(
        DecisionPlaces.in(p, decisions, NameDecision::line, NameDecision::text));
    places.sort(Comparator.comparingInt(DecisionPlaces.Place::start));
    List<Inline> added = new ArrayList<>();
    Placement.Sweep editor = Placement.NAME.over(p);
    List<DecisionPlaces.Place<NameDecision>> taken = new ArrayList<>();
    for (DecisionPlaces.Place<NameDecision> place : places) {
      if (taken.stream().anyMatch(x -> x.overlaps(place.start(), place.end()))) {
        continue;
      }
      used.add(place.decision());
      taken.add(place);
      if (!place.decision().ref().equals(NONE)) {
        Register.Entry e = register.byId(place.decision().ref()).orElseThrow();
        Inline.NameKind kind = NameIndex.kindOf(e.kind()).orElse(Inline.NameKind.PERSON);
        editor.place(place.start(), place.end()).ifPresent(s -> added.add(
            new Inline.Name(s[0], s[1], kind, e.id(), Inline.Decision.editor(config.editorResp()))));
      }
    }
    Placement.Sweep builder = Placement.NAME.over(p);
    for (NameIndex.Hit hit : index.find(p.text().text())) {
      if (taken.stream().noneMatch(x -> x.overlaps(hit.start(), hit.end()))) {
        builder.place(hit.start(), hit.end()).ifPresent(s -> added.add(new Inline.Name(s[0], s[1],
            hit.target().kind(), hit.target().id(), Inline.Decision.builder(hit.target().cert()))));
      }
    }
    if (added.isEmpty()) {
      return p;
    }
    // first in the list, so that a name over exactly the words of a choice holds it
    List<Inline> all = new ArrayList<>(added);
    all.addAll(p.inlines());
    return new Paragraph(p.text(), all, p.resp());
  }

  /** The editor's decisions whose ref is "none" or an entry of the register; the others are reported. */
  private List<NameDecision> knownRefs(Transcript t, Register register, DiagnosticSink sink) {
    List<NameDecision> out = new ArrayList<>();
    for (NameDecision d : config.names()) {
      if (d.ref() != null && (d.ref().equals(NONE) || register.byId(d.ref()).isPresent())) {
        out.add(d);
      } else {
        sink.report(Diagnostic.of("NAM002", Severity.WARNING, at(t, d.line()), d.text(), d.ref()));
      }
    }
    return out;
  }

  static SourceSpan at(Transcript t, Integer line) {
    return line == null ? SourceSpan.file(t.source().name()) : SourceSpan.at(t.source().name(), line, 1);
  }
}
