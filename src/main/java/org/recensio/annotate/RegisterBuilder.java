package org.recensio.annotate;

import java.util.Locale;
import java.util.Optional;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.RegisterEntryConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Register;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.model.Whitespace;

/**
 * Starts the register: the main speaker (from the configuration, else the author line) and every
 * entry of the configuration's register. The taggers after it add interjectors, turns and names.
 */
public final class RegisterBuilder {
  private final EditionConfig config;

  public RegisterBuilder(EditionConfig config) {
    this.config = config;
  }

  public Transcript build(Transcript t, DiagnosticSink sink) {
    Register register = t.register().with(mainSpeaker(t));
    for (RegisterEntryConfig c : config.register()) {
      register = register.with(entry(c, register.byId(c.id())));
    }
    return t.withRegister(register);
  }

  private Register.Entry mainSpeaker(Transcript t) {
    String printed = t.front().author().map(p -> Whitespace.collapse(p.text().text())).orElse("the speaker");
    Optional<EditionConfig.SpeakerConfig> s = config.speakerConfig();
    String id = s.map(EditionConfig.SpeakerConfig::id).orElse(Register.idFor(printed, "speaker"));
    String name = s.map(EditionConfig.SpeakerConfig::name).orElse(printed);
    Resp resp = s.isPresent() ? config.editorResp() : Resp.BUILDER;
    return new Register.Entry(id, Register.Kind.PERSON, name, java.util.List.of(name, printed), "speaker",
        s.map(EditionConfig.SpeakerConfig::fullName), s.map(EditionConfig.SpeakerConfig::birth),
        s.map(EditionConfig.SpeakerConfig::death), s.map(EditionConfig.SpeakerConfig::wikidata),
        s.map(EditionConfig.SpeakerConfig::viaf), resp);
  }

  private Register.Entry entry(RegisterEntryConfig c, Optional<Register.Entry> existing) {
    Register.Kind kind = c.kind() == null ? Register.Kind.PERSON : Register.Kind.valueOf(c.kind().toUpperCase(Locale.ROOT));
    String name = c.name() != null ? c.name() : existing.map(Register.Entry::name).orElse(c.id());
    java.util.List<String> forms = new java.util.ArrayList<>(c.forms());
    if (!forms.contains(name)) {
      forms.add(0, name);
    }
    String role = c.role() != null ? c.role() : existing.map(Register.Entry::role).orElse("mentioned");
    return new Register.Entry(c.id(), kind, name, forms, role, Optional.ofNullable(c.fullName()),
        Optional.ofNullable(c.birth()), Optional.ofNullable(c.death()), Optional.ofNullable(c.wikidata()),
        Optional.ofNullable(c.viaf()), config.editorResp());
  }
}
