package org.recensio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of markup over a stretch of a {@link TextBlock}'s text, {@code start} inclusive,
 * {@code end} exclusive. Inlines of one block nest properly or are disjoint; the TEI encoder
 * turns them into elements.
 *
 * <p>Delimiters that markup replaces (the parentheses of "(Applause.)", the quotation marks of a
 * quotation) are part of the inline's span and are named in {@code rend}: an empty string, or
 * exactly two characters, the opening and the closing delimiter ("()", "[]", "“”"), which are
 * then the first and last characters of the span. The TEI keeps them on {@code @rend} and the
 * element's content is the text between them.
 */
public sealed interface Inline permits Inline.NoteRef, Inline.LineJoin, Inline.LostText, Inline.Label, Inline.Stage,
    Inline.Said, Inline.Quote, Inline.Citation, Inline.Bibl, Inline.Emendation, Inline.Regularisation, Inline.Name,
    Inline.DateRef, Inline.SpeakerLabel, Inline.App {
  int start();

  int end();

  /** The same inline moved by {@code by} characters (for a block split in two). */
  Inline shifted(int by);

  /** Checks a span and its delimiters; used by the compact constructors. */
  static void check(int start, int end, String rend) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!rend.isEmpty() && (rend.codePointCount(0, rend.length()) != 2 || end - start < rend.length())) {
      throw new IllegalArgumentException("rend is two delimiter characters inside the span: '" + rend + "'");
    }
  }

  /** A note marker such as "[4b]" pointing at the note with that id. */
  record NoteRef(int start, int end, String noteId) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new NoteRef(start + by, end + by, noteId);
    }
  }

  /**
   * A line-end hyphen followed by the line break: {@code start} is the hyphen, {@code end} is
   * just past the break. {@code joined} means the hyphen only splits a word.
   */
  record LineJoin(int start, int end, boolean joined, Resp resp) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new LineJoin(start + by, end + by, joined, resp);
    }
  }

  /** Text lost in transmission, at one point ({@code start == end}). */
  record LostText(int start, int end, Resp resp) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new LostText(start + by, end + by, resp);
    }
  }

  /** A printed label such as "[1]" opening a note or "3." opening a numbered unit. */
  record Label(int start, int end) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Label(start + by, end + by);
    }
  }

  /** Who decided and how sure the builder is ("high", "medium", "low"; empty for the editor). */
  record Decision(Resp resp, Optional<String> cert) {
    public static final Decision EDITOR_DEFAULT = new Decision(new Resp("editor"), Optional.empty());

    public Decision {
      Objects.requireNonNull(resp, "resp");
      Objects.requireNonNull(cert, "cert");
    }

    public static Decision builder(String cert) {
      return new Decision(Resp.BUILDER, Optional.of(cert));
    }

    public static Decision editor(Resp editor) {
      return new Decision(editor, Optional.empty());
    }
  }

  /** What a stage direction records. */
  enum StageType {
    /** The hall reacts: "(Applause.)". */
    AUDIENCE,
    /** Someone present speaks: "(Bukharin: “What kind of state?”)". */
    INTERJECTION;

    public String token() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * An audience reaction or an interjection, delimiters included in the span. {@code categories}
   * are ids of the reaction taxonomy (audience) — empty for interjections.
   */
  record Stage(int start, int end, StageType type, String rend, List<String> categories, Decision decision)
      implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Stage(start + by, end + by, type, rend, categories, decision);
    }

    public Stage {
      check(start, end, rend);
      categories = List.copyOf(categories);
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** Words spoken by a person present ({@code who} is a register id), quotation marks in rend. */
  record Said(int start, int end, String who, boolean direct, String rend) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Said(start + by, end + by, who, direct, rend);
    }

    public Said {
      check(start, end, rend);
      Objects.requireNonNull(who, "who");
    }
  }

  /** The function of a quotation, which picks its TEI element. */
  enum QuoteKind {
    /** Quoted from a document: quote. */
    QUOTE("quote"),
    /** Speech reported: said. */
    SAID("said"),
    /** Scare quotes, words the speaker distances himself from: soCalled. */
    SO_CALLED("soCalled"),
    /** Anything else in quotation marks: q. */
    Q("q");

    private final String element;

    QuoteKind(String element) {
      this.element = element;
    }

    public String element() {
      return element;
    }
  }

  /** A quotation, marks included in the span and named in rend (empty when they stay text). */
  record Quote(int start, int end, QuoteKind kind, String rend, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Quote(start + by, end + by, kind, rend, decision);
    }

    public Quote {
      check(start, end, rend);
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** A quotation with the reference that follows it: contains one Quote and one Bibl. */
  record Citation(int start, int end) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Citation(start + by, end + by);
    }

    public Citation {
      check(start, end, "");
    }
  }

  /** A bibliographic reference such as "(thesis 41, p. 31 of Trotsky’s pamphlet)". */
  record Bibl(int start, int end, String rend) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Bibl(start + by, end + by, rend);
    }

    public Bibl {
      check(start, end, rend);
    }
  }

  /** An error of the source ("Centrai") and its correction ("Central"). */
  record Emendation(int start, int end, String correction, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Emendation(start + by, end + by, correction, decision);
    }

    public Emendation {
      check(start, end, "");
      Objects.requireNonNull(correction, "correction");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** A spacing or typographic oddity kept as printed ("Trotsky ’s") and its regular form. */
  record Regularisation(int start, int end, String regular, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Regularisation(start + by, end + by, regular, decision);
    }

    public Regularisation {
      check(start, end, "");
      Objects.requireNonNull(regular, "regular");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** The kind of a name, which picks its TEI element. */
  enum NameKind {
    PERSON("persName"), ORG("orgName"), PLACE("placeName");

    private final String element;

    NameKind(String element) {
      this.element = element;
    }

    public String element() {
      return element;
    }
  }

  /** A name referring to an entry of the register ({@code ref} is its id). */
  record Name(int start, int end, NameKind kind, String ref, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new Name(start + by, end + by, kind, ref, decision);
    }

    public Name {
      check(start, end, "");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** A date in the text; {@code value.yearFromContext()} when its year was not printed. */
  record DateRef(int start, int end, DateValue value, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new DateRef(start + by, end + by, value, decision);
    }

    public DateRef {
      check(start, end, "");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** The speaker label opening a turn ("THE CHAIRMAN:"); {@code who} is a register id. */
  record SpeakerLabel(int start, int end, String who, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new SpeakerLabel(start + by, end + by, who, decision);
    }

    public SpeakerLabel {
      check(start, end, "");
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** How a witness's reading differs from the copy text at a variant place (the TEI {@code @type}). */
  enum VariantType {
    /** Different words. */
    SUBSTANTIVE,
    /** The same words in another order. */
    TRANSPOSITION,
    /** The witness lacks words of the copy text. */
    OMISSION,
    /** The witness has words the copy text lacks. */
    ADDITION,
    /** The witness starts a paragraph where the copy text does not. */
    PARAGRAPHING,
    /** The same words spelt otherwise: case, -ise/-ize, -our/-or, hyphenation, apostrophe glyphs. */
    ORTHOGRAPHIC,
    /** Only the punctuation differs. */
    PUNCTUATION;

    /** The value of {@code @type}. */
    public String token() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The more significant of two types (declaration order: substantive first). */
    public static VariantType mostSignificant(VariantType a, VariantType b) {
      return a.ordinal() <= b.ordinal() ? a : b;
    }
  }

  /**
   * One reading of a variant place: the witnesses that have it (sigla), its text as the witness
   * prints it (line breaks as spaces), whether it is an omission (no text), its type, and the
   * offsets in {@code text} where the witness starts a new paragraph.
   */
  record Reading(List<String> sigla, String text, boolean omitted, VariantType type, List<Integer> paragraphStarts) {
    public Reading {
      sigla = List.copyOf(sigla);
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      paragraphStarts = List.copyOf(paragraphStarts);
      if (sigla.isEmpty()) {
        throw new IllegalArgumentException("a reading has at least one witness");
      }
      if (omitted && !text.isEmpty()) {
        throw new IllegalArgumentException("an omitted reading has no text");
      }
    }
  }

  /**
   * A variant place of the critical apparatus: the copy text's span [start, end) is the lemma
   * (zero width for an addition), {@code lemmaSigla} the witnesses that read as the copy text
   * (its own siglum first), {@code readings} the others. {@code chosen} names a witness whose
   * reading the editor made the lemma instead (recorded with the editor's {@code @resp});
   * {@code decision} says who placed the lemma.
   */
  record App(int start, int end, VariantType type, List<String> lemmaSigla, List<Reading> readings,
      Optional<String> chosen, Decision decision) implements Inline {
    @Override
    public Inline shifted(int by) {
      return new App(start + by, end + by, type, lemmaSigla, readings, chosen, decision);
    }

    public App {
      check(start, end, "");
      Objects.requireNonNull(type, "type");
      lemmaSigla = List.copyOf(lemmaSigla);
      readings = List.copyOf(readings);
      Objects.requireNonNull(chosen, "chosen");
      Objects.requireNonNull(decision, "decision");
      if (readings.isEmpty()) {
        throw new IllegalArgumentException("a variant place has at least one reading besides the lemma");
      }
      if (chosen.isPresent() && readings.stream().noneMatch(r -> r.sigla().contains(chosen.get()))) {
        throw new IllegalArgumentException("the chosen lemma " + chosen.get() + " is none of the readings");
      }
    }

    /** The same place with another witness's reading as the lemma, by the editor. */
    public App withChosen(String siglum, Resp editor) {
      return new App(start, end, type, lemmaSigla, readings, Optional.of(siglum), Decision.editor(editor));
    }
  }
}
