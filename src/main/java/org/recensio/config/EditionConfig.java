package org.recensio.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.recensio.model.Resp;

/**
 * The edition's configuration file: metadata, and the editor's decisions that override the
 * builder's heuristics. Every part is optional; a missing part means "let the heuristics decide".
 * Read from YAML by {@link ConfigReader}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record EditionConfig(
    Edition edition,
    Source source,
    LayoutConfig layout,
    FrontConfig front,
    NotesConfig notes,
    List<EmbeddedConfig> embedded,
    HeadingsConfig headings,
    GapsConfig gaps,
    SpeakerConfig speaker,
    List<RegisterEntryConfig> register,
    List<StageDecision> stages,
    List<QuoteDecision> quotations,
    List<EmendationDecision> emendations,
    List<NameDecision> names,
    List<DateDecision> dates,
    List<RegularisationDecision> regularisations,
    List<WitnessConfig> witnesses,
    ApparatusConfig apparatus,
    List<LemmaDecision> lemmata) {

  public EditionConfig {
    edition = edition == null ? Edition.DEFAULT : edition;
    source = source == null ? new Source(null, null) : source;
    layout = layout == null ? LayoutConfig.AUTO : layout;
    front = front == null ? new FrontConfig(null, null, null) : front;
    notes = notes == null ? new NotesConfig(null) : notes;
    embedded = embedded == null ? List.of() : List.copyOf(embedded);
    headings = headings == null ? new HeadingsConfig(null, null) : headings;
    gaps = gaps == null ? new GapsConfig(null, null) : gaps;
    register = register == null ? List.of() : List.copyOf(register);
    stages = stages == null ? List.of() : List.copyOf(stages);
    quotations = quotations == null ? List.of() : List.copyOf(quotations);
    emendations = emendations == null ? List.of() : List.copyOf(emendations);
    names = names == null ? List.of() : List.copyOf(names);
    dates = dates == null ? List.of() : List.copyOf(dates);
    regularisations = regularisations == null ? List.of() : List.copyOf(regularisations);
    witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
    apparatus = apparatus == null ? ApparatusConfig.DEFAULT : apparatus;
    lemmata = lemmata == null ? List.of() : List.copyOf(lemmata);
    checkWitnesses(witnesses);
  }

  private static void checkWitnesses(List<WitnessConfig> witnesses) {
    if (witnesses.stream().filter(WitnessConfig::isBase).count() > 1) {
      throw new IllegalArgumentException("only one witness can be the copy text (base: true)");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (WitnessConfig w : witnesses) {
      if (!seen.add(w.siglum())) {
        throw new IllegalArgumentException("witness siglum " + w.siglum() + " is given twice");
      }
    }
  }

  /** The same configuration with witness files resolved against {@code dir} (the configuration's directory). */
  public EditionConfig withWitnessFilesIn(java.nio.file.Path dir) {
    List<WitnessConfig> resolved = witnesses.stream().map(w -> w.resolvedIn(dir)).toList();
    return new EditionConfig(edition, source, layout, front, notes, embedded, headings, gaps, speaker, register,
        stages, quotations, emendations, names, dates, regularisations, resolved, apparatus, lemmata);
  }

  public static EditionConfig defaults() {
    return new EditionConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  /** Who the configuration's decisions are attributed to: its first editor, or "editor". */
  public Resp editorResp() {
    return edition.editors().isEmpty() ? new Resp("editor") : new Resp(edition.editors().get(0).id());
  }

  public Optional<SpeakerConfig> speakerConfig() {
    return Optional.ofNullable(speaker);
  }

  /** Publication metadata of the edition. */
  public record Edition(String title, String publisher, String pubPlace, Licence licence, String date,
      List<EditorConfig> editors) {
    static final Edition DEFAULT = new Edition(null, null, null, null, null, null);

    public Edition {
      editors = editors == null ? List.of() : List.copyOf(editors);
    }

    public String publisherOrDefault() {
      return publisher == null ? "Unpublished working edition made with Recensio" : publisher;
    }
  }

  public record Licence(String name, String url) {}

  public record EditorConfig(String id, String name) {
    public EditorConfig {
      new Resp(id);
    }
  }

  /** How to read the file: a forced encoding (e.g. "windows-1252"), a display name. */
  public record Source(String encoding, String name) {}

  /**
   * Paragraph layout: the kind ("auto", "spaced", "blocks", "lines"), the wrap width, source
   * lines that start a paragraph ({@code breakBefore}) or continue one ({@code joinBefore}), and
   * words whose line-end hyphen is to be joined or kept.
   */
  public record LayoutConfig(String kind, Integer wrapWidth, List<Integer> breakBefore, List<Integer> joinBefore,
      List<String> hyphenJoin, List<String> hyphenKeep) {
    static final LayoutConfig AUTO = new LayoutConfig(null, null, null, null, null, null);

    public LayoutConfig {
      breakBefore = breakBefore == null ? List.of() : List.copyOf(breakBefore);
      joinBefore = joinBefore == null ? List.of() : List.copyOf(joinBefore);
      hyphenJoin = hyphenJoin == null ? List.of() : List.copyOf(hyphenJoin);
      hyphenKeep = hyphenKeep == null ? List.of() : List.copyOf(hyphenKeep);
    }
  }

  /** Front matter: its last source line, and how many title lines follow the author line. */
  public record FrontConfig(Integer lastLine, Integer titleLines, Boolean authorLine) {}

  /** The source line where the notes section starts. */
  public record NotesConfig(Integer startLine) {}

  /**
   * An embedded document: the words its heading starts with (it may start inside a paragraph; the
   * heading then runs to the end of that paragraph), its type ("theses", "resolution" …), and the
   * source line of its last line when unnumbered paragraphs after the last unit still belong to it.
   */
  public record EmbeddedConfig(String headingStart, String type, Integer lastLine) {}

  /** Section headings: source lines of paragraphs that are headings ({@code add}) or are not ({@code remove}). */
  public record HeadingsConfig(List<Integer> add, List<Integer> remove) {
    public HeadingsConfig {
      add = add == null ? List.of() : List.copyOf(add);
      remove = remove == null ? List.of() : List.copyOf(remove);
    }
  }

  /** Lost text: paragraph-final source lines where a gap is added or where none is. */
  public record GapsConfig(List<Integer> add, List<Integer> remove) {
    public GapsConfig {
      add = add == null ? List.of() : List.copyOf(add);
      remove = remove == null ? List.of() : List.copyOf(remove);
    }
  }

  /** The main speaker: id, the name as in the register, and authority ids. */
  public record SpeakerConfig(String id, String name, String fullName, String birth, String death,
      String wikidata, String viaf) {}

  /**
   * An entry of the register: a person, a group ("voices", "the audience"), an organisation or a
   * place; the forms the text names it by; dates and authority ids.
   */
  public record RegisterEntryConfig(String id, String kind, String name, String fullName, List<String> forms,
      String role, String birth, String death, String wikidata, String viaf) {
    public RegisterEntryConfig {
      new Resp(id);
      forms = forms == null ? List.of() : List.copyOf(forms);
      if (kind != null && !List.of("person", "group", "org", "place").contains(kind)) {
        throw new IllegalArgumentException("register kind is person, group, org or place, not " + kind);
      }
    }
  }

  /**
   * The editor's decision on a parenthesis or bracket: what it is ("audience", "interjection" or
   * "none"), the reaction categories, who speaks. {@code line} and {@code text} locate it: the
   * source line where the printed text starts, and the text as printed (delimiters included).
   * A speaker label opening a paragraph ("THE CHAIRMAN:", separator included) takes "turn" (it
   * opens a turn of {@code who}, or of the person the label names) or "none" (it does not).
   */
  public record StageDecision(Integer line, String text, String type, List<String> reactions, String who) {
    public static final List<String> TYPES = List.of("audience", "interjection", "turn", "none");

    public StageDecision {
      reactions = reactions == null ? List.of() : List.copyOf(reactions);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a stages decision needs the text as printed");
      }
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("stage type is audience, interjection, turn or none, not " + type);
      }
      for (String r : reactions) {
        if (org.recensio.model.ReactionTaxonomy.DEFAULT.byId(r).isEmpty()) {
          throw new IllegalArgumentException("unknown reaction category " + r + "; use one of "
              + org.recensio.model.ReactionTaxonomy.DEFAULT.categories().stream().map(c -> c.id()).toList());
        }
      }
      if (who != null) {
        new Resp(who);
      }
    }
  }

  /** The editor's decision on a quotation: "q", "quote", "said", "soCalled" or "none". */
  public record QuoteDecision(Integer line, String text, String kind) {
    public static final List<String> KINDS = List.of("q", "quote", "said", "soCalled", "none");

    public QuoteDecision {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a quotations decision needs the text as printed, marks included");
      }
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("quotation kind is q, quote, said, soCalled or none, not " + kind);
      }
    }
  }

  /**
   * The editor's decision on an emendation: the printed form, the correction, and "accept",
   * "reject" (the printed form stays, and is not proposed again) or "undecided" (the proposal is
   * only reported, not applied: what {@code recensio check --write-config} writes for the editor
   * to decide). A {@code corr} differing from the proposal replaces it.
   */
  public record EmendationDecision(Integer line, String sic, String corr, String decision) {
    public static final List<String> DECISIONS = List.of("accept", "reject", "undecided");

    public EmendationDecision {
      if (sic == null || sic.isBlank()) {
        throw new IllegalArgumentException("an emendation names the printed form (sic)");
      }
      decision = decision == null ? "accept" : decision;
      if (!DECISIONS.contains(decision)) {
        throw new IllegalArgumentException("emendation decision is accept, reject or undecided, not " + decision);
      }
    }

    public boolean accepted() {
      return decision.equals("accept");
    }

    public boolean rejected() {
      return decision.equals("reject");
    }
  }

  /** The editor's decision on a name: the register id it refers to, or "none". */
  public record NameDecision(Integer line, String text, String ref) {}

  /** The editor's decision on a date: its ISO value(s), or none = true for "not a date". */
  public record DateDecision(Integer line, String text, String when, String from, String to, Boolean none) {}

  /**
   * The editor's decision on a spacing oddity: the printed form ({@code orig}, e.g. " ’s"), the
   * regular form ({@code reg}; when given it replaces the builder's), and "accept" or "reject"
   * (the printed form stays, with no regular form). An accepted decision that matches no
   * proposal adds a regularisation where {@code orig} is printed on {@code line}.
   */
  public record RegularisationDecision(Integer line, String orig, String reg, String decision) {
    public RegularisationDecision {
      if (orig == null || orig.isEmpty()) {
        throw new IllegalArgumentException("a regularisations decision needs orig, the text as printed");
      }
      if (!List.of("accept", "reject").contains(decision)) {
        throw new IllegalArgumentException("regularisation decision is accept or reject, not " + decision);
      }
    }
  }

  /**
   * A witness of the text (issue 5): its siglum (an xml:id: "A", "P", "V1"), its plain-text file
   * (relative to the configuration file's directory; read like the transcript), a description
   * and a bibliographic reference for {@code sourceDesc/listWit}, and whether it is the copy text
   * ({@code base: true}; at most one). The transcript being built is always the copy text: the
   * base entry (or an entry whose file is the transcript, or one without a file) describes it.
   */
  public record WitnessConfig(String siglum, String file, String description, String bibl, Boolean base) {
    public WitnessConfig {
      if (siglum == null || !siglum.matches("[A-Za-z_][A-Za-z0-9._-]*")) {
        throw new IllegalArgumentException("a witness siglum is a letter followed by letters, digits, '.', '_' or '-',"
            + " not " + siglum);
      }
      if (description == null || description.isBlank()) {
        throw new IllegalArgumentException("witness " + siglum + " needs a description");
      }
    }

    public boolean isBase() {
      return Boolean.TRUE.equals(base);
    }

    WitnessConfig resolvedIn(java.nio.file.Path dir) {
      if (file == null || dir == null) {
        return this;
      }
      return new WitnessConfig(siglum, dir.resolve(file).normalize().toString(), description, bibl, base);
    }
  }

  /**
   * The print apparatus (used by the renderers): whether orthographic and punctuation variants
   * are printed (both left out by default; the TEI records them all).
   */
  public record ApparatusConfig(Boolean includeOrthographic, Boolean includePunctuation) {
    static final ApparatusConfig DEFAULT = new ApparatusConfig(false, false);

    public ApparatusConfig {
      includeOrthographic = includeOrthographic != null && includeOrthographic;
      includePunctuation = includePunctuation != null && includePunctuation;
    }
  }

  /**
   * The editor's choice of another witness's reading as the lemma at a variant place: the copy
   * text's source line where the place starts, the copy text's words there as printed (empty for
   * an addition), and the siglum of the witness whose reading becomes the lemma.
   */
  public record LemmaDecision(Integer line, String text, String siglum) {
    public LemmaDecision {
      text = text == null ? "" : text;
      if (siglum == null || siglum.isBlank()) {
        throw new IllegalArgumentException("a lemmata decision names the witness (siglum) whose reading is the lemma");
      }
    }
  }
}
