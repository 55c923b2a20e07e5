package org.recensio.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.ingest.Decoder;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceText;

/**
 * Generators for {@link NothingIsLostProperties}: transcripts in the genre of the seed (front
 * matter, a speech with reactions, interjections, quotations, note markers and numbered units,
 * a notes section) laid out as "spaced", "blocks" or "lines", and a mangler that damages a
 * generated or real transcript and encodes it. Everything is built from jqwik combinators, so
 * failing samples shrink.
 */
final class TranscriptArbitraries {
  private TranscriptArbitraries() {}

  /** The three layouts of the corpus (see src/test/resources/corpus/README.md). */
  enum Shape {
    SPACED, BLOCKS, LINES;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A token of running text: {@code hyphenAt} > 0 is where a line-end hyphen may split it
   * ("organi-" / "sation"); 0 means it is never split.
   */
  record Tok(String text, int hyphenAt) {
    static Tok of(String text) {
      return new Tok(text, 0);
    }

    /** The token with its text changed in case or extended; the hyphenation point survives that. */
    Tok withText(String t) {
      return new Tok(t, hyphenAt > 0 && t.regionMatches(true, 0, text, 0, text.length()) ? hyphenAt : 0);
    }
  }

  /**
   * A paragraph-like unit of the transcript. {@code gapAfter} adds blank lines after it (a
   * paragraph that breaks off before lost text).
   */
  record Unit(List<Tok> toks, boolean gapAfter) {
    static Unit line(String text) {
      return new Unit(words(text), false);
    }
  }

  /** A generated transcript: its layout, wrap width and text (LF, no BOM). */
  record Generated(Shape shape, int width, String text) {
    @Override
    public String toString() {
      return "Generated[" + shape.label() + ", width " + width + "]\n" + visible(text);
    }
  }

  /** The encodings the mangler writes. */
  enum Encoding {
    UTF8(StandardCharsets.UTF_8, new byte[0]),
    UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    WINDOWS_1252(Charset.forName("windows-1252"), new byte[0]);

    final Charset charset;
    final byte[] bom;

    Encoding(Charset charset, byte[] bom) {
      this.charset = charset;
      this.bom = bom;
    }

    boolean canEncode(String s) {
      return charset.newEncoder().canEncode(s);
    }

    byte[] encode(String s) {
      byte[] body = s.getBytes(charset);
      byte[] out = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, out, 0, bom.length);
      System.arraycopy(body, 0, out, bom.length, body.length);
      return out;
    }
  }

  enum Eol {
    LF("\n"), CRLF("\r\n"), CR("\r");

    final String chars;

    Eol(String chars) {
      this.chars = chars;
    }
  }

  /** A transcript after damage: where it came from, what was done, and its bytes. */
  record Mangled(String origin, Shape shape, String text, List<Damage> damage, Eol eol, Encoding encoding, byte[] bytes) {
    @Override
    public String toString() {
      return "Mangled[" + origin + ", " + (shape == null ? "real" : shape.label()) + ", " + eol + ", " + encoding
          + ", damage " + damage + "]\n" + (text.length() > 4000 ? "(" + text.length() + " chars)" : visible(text));
    }
  }

  /** One kind of damage at a relative place ({@code at} in 0..999 999) with an argument. */
  record Damage(Kind kind, int at, int arg) {
    @Override
    public String toString() {
      return kind + "@" + at + "/" + arg;
    }
  }

  enum Kind {
    UNBALANCED_DELIMITER, STRAY_MARKER, DELETE_BLANK_LINE, DOUBLE_BLANK_LINE, JOIN_LINES, SPLIT_LINE,
    ODD_WHITESPACE, TRAILING_SPACES, ODD_LINE_START, CUT_PARAGRAPH, EMPTY_NOTE_LABEL, XML_SPECIAL,
    UNUSUAL_CHARACTER, CONTROL_CHARACTER
  }

  // ------------------------------------------------------------------ vocabulary

  private static final List<String> WORDS = List.of(
      "the", "the", "the", "of", "of", "and", "and", "to", "a", "in", "that", "is", "it", "we", "not", "for",
      "but", "as", "this", "they", "be", "was", "have", "on", "which", "by", "what", "must", "will", "all",
      "comrades", "party", "union", "unions", "workers", "state", "question", "congress", "conference",
      "peasant", "government", "committee", "resolution", "discussion", "theses", "mistake", "bread", "land",
      "factory", "strike", "army", "wages", "day", "year", "speech", "report", "delegates", "minority");
  private static final List<String> LONG_WORDS = List.of(
      "organisation", "international", "revolutionary", "proletariat", "administration", "bureaucratic",
      "transportation", "reconstruction", "co-operation", "productivity", "representatives",
      "correspondence", "dictatorship", "nevertheless", "amalgamation", "non-Party", "self-evident");
  private static final List<String> NAMES = List.of(
      "Trotsky", "Bukharin", "Zinoviev", "Smith", "Berg", "Rudzutak", "Tomsky", "Harrow", "Aalto", "Marchetti");
  private static final List<String> ODD_WORDS = List.of(
      "R.C.P.(B.)", "C.C.", "A.U.C.C.T.U.", "1920", "12", "3,000", "per cent", "i.e.", "e.g.", "No. 79",
      "pp. 19-42", "§ 4", "Tsektran", "Politvod", "Glavpolitput", "café", "naïve", "Œuvres", "½", "£5");
  private static final List<String> APOSTROPHE_WORDS = List.of(
      "Trotsky’s", "workers’", "don’t", "it’s", "can't", "party's", "union’s", "o’clock", "’twas", "ma'am");
  private static final List<String> REACTIONS = List.of(
      "(Applause.)", "(Laughter.)", "(Stormy applause.)", "(Hear, hear!)", "[Cheers.]", "(applause, laughter )",
      "(Commotion. Cries of “Shame!”)", "[Cheers from the left.]", "(Noise.)", "(Prolonged applause.)");
  private static final List<String> INTERJECTIONS = List.of(
      "(Smith: “Never!”)", "(Bukharin : “What kind of state?”)", "A VOICE: Never!", "(A VOICE: Shame!)",
      "(Berg: “That is not true!”)", "(Voices: “Quite right!”)", "(Tomsky: 'Nonsense!')", "(Zinoviev: ‘Hear!’)");
  private static final List<String> MONTHS = List.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December");
  private static final List<String> PUBLISHERS = List.of(
      "Progress Publishers", "Foreign Languages Press", "Lawrence & Wishart", "International Publishers",
      "Labour Publishing Company");
  private static final List<String> PLACES = List.of("Moscow", "London", "New York", "Helsingfors", "Turin", "Paris");

  // ------------------------------------------------------------------ running text

  static Arbitrary<Tok> word() {
    Arbitrary<Tok> common = Arbitraries.of(WORDS).map(Tok::of);
    Arbitrary<Tok> longWord = Combinators.combine(Arbitraries.of(LONG_WORDS), Arbitraries.integers().between(0, 100))
        .as((w, h) -> new Tok(w, h < 60 ? 0 : 3 + h % Math.max(1, w.length() - 5)));
    Arbitrary<Tok> random = Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(13),
            Arbitraries.integers().between(0, 100))
        .as((w, h) -> new Tok(w, w.length() >= 8 && h >= 50 ? 2 + h % (w.length() - 4) : 0));
    return Arbitraries.frequencyOf(
        Tuple.of(14, common), Tuple.of(3, longWord), Tuple.of(2, random),
        Tuple.of(2, Arbitraries.of(NAMES).map(Tok::of)), Tuple.of(1, Arbitraries.of(ODD_WORDS).map(Tok::of)),
        Tuple.of(2, Arbitraries.of(APOSTROPHE_WORDS).map(Tok::of)));
  }

  /** A short stretch of running text: a word, or a quotation, parenthesis, dash or marker. */
  static Arbitrary<List<Tok>> phrase() {
    Arbitrary<List<Tok>> single = word().map(List::of);
    Arbitrary<List<Tok>> punctuated = Combinators.combine(word(), Arbitraries.of(",", ",", ";", ":", ".", "!", "?", "…"))
        .as((w, p) -> List.of(w.withText(w.text() + p)));
    Arbitrary<List<Tok>> quoted = Combinators.combine(
            word().list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of("“”", "“”", "‘’", "\"\"", "''", "«»", "“", "”", "„“"),
            Arbitraries.of("", "", ",", ".", "!", "?"))
        .as((ws, q, p) -> wrap(ws, q.substring(0, 1), q.length() > 1 ? q.substring(1) + p : p));
    Arbitrary<List<Tok>> parenthesis = Combinators.combine(
            word().list().ofMinSize(1).ofMaxSize(5), Arbitraries.of("()", "()", "[]", "(", ")", "[", "]"))
        .as((ws, d) -> wrap(ws, d.substring(0, 1), d.length() > 1 ? d.substring(1) : ""));
    Arbitrary<List<Tok>> dashed = Combinators.combine(word(), word(), Arbitraries.of("—", "—", " — ", "–", "--", " - "))
        .as((a, b, d) -> d.startsWith(" ") ? List.of(a, Tok.of(d.trim()), b) : List.of(Tok.of(a.text() + d + b.text())));
    Arbitrary<List<Tok>> reaction = Arbitraries.of(REACTIONS).map(TranscriptArbitraries::words);
    Arbitrary<List<Tok>> interjection = Arbitraries.of(INTERJECTIONS).map(TranscriptArbitraries::words);
    Arbitrary<List<Tok>> marker = Combinators.combine(word(), markerId(), Arbitraries.of("", "", "", " ", ".", "”", ".”"))
        .as((w, id, how) -> how.equals(" ") ? List.of(w, Tok.of("[" + id + "]"))
            : List.of(Tok.of(w.text() + how + "[" + id + "]")));
    return Arbitraries.frequencyOf(
        Tuple.of(30, single), Tuple.of(8, punctuated), Tuple.of(3, quoted), Tuple.of(2, parenthesis),
        Tuple.of(2, dashed), Tuple.of(1, reaction), Tuple.of(1, interjection), Tuple.of(2, marker));
  }

  static Arbitrary<String> markerId() {
    return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.of("", "", "", "", "b", "a"))
        .as((n, s) -> n + s);
  }

  static Arbitrary<List<Tok>> sentence() {
    return Combinators.combine(phrase().list().ofMinSize(1).ofMaxSize(10), Arbitraries.of(".", ".", ".", "!", "?", ":", ""))
        .as((phrases, end) -> {
          List<Tok> toks = phrases.stream().flatMap(List::stream).collect(Collectors.toCollection(ArrayList::new));
          Tok first = toks.get(0);
          toks.set(0, first.withText(capitalise(first.text())));
          Tok last = toks.get(toks.size() - 1);
          toks.set(toks.size() - 1, last.withText(last.text() + end));
          return List.copyOf(toks);
        });
  }

  static Arbitrary<List<Tok>> paragraphText() {
    return sentence().list().ofMinSize(1).ofMaxSize(5)
        .map(ss -> ss.stream().flatMap(List::stream).toList());
  }

  /** A body paragraph; now and then one that breaks off mid-sentence before lost text. */
  static Arbitrary<Unit> paragraph() {
    return Combinators.combine(paragraphText(), Arbitraries.integers().between(0, 100))
        .as((toks, cut) -> cut < 8 && toks.size() > 2
            ? new Unit(toks.subList(0, 1 + cut % (toks.size() - 1)), true)
            : new Unit(toks, false));
  }

  /** A heading of the body ("II", "The Question of Organisation"). */
  static Arbitrary<Unit> heading() {
    return Arbitraries.oneOf(
        Arbitraries.of("I", "II", "III", "IV", "V", "VI").map(Unit::line),
        Combinators.combine(Arbitraries.of("The Question of", "On", "Concerning", "Resolutions of"), word())
            .as((a, w) -> Unit.line(a + " " + capitalise(w.text()))));
  }

  /** An embedded document: an announcing paragraph, maybe a head, then units "1." … "n.". */
  static Arbitrary<List<Unit>> numberedRun() {
    return Combinators.combine(
            paragraphText(), heading().injectNull(0.4), paragraphText().list().ofMinSize(2).ofMaxSize(7),
            Arbitraries.of(". ", ". ", ") ", ".  "))
        .as((intro, head, units, dot) -> {
          List<Unit> out = new ArrayList<>();
          List<Tok> announce = new ArrayList<>(intro);
          Tok last = announce.remove(announce.size() - 1);
          announce.add(last.withText(last.text().replaceAll("[.!?:]$", "") + ":"));
          out.add(new Unit(announce, false));
          if (head != null) {
            out.add(head);
          }
          for (int i = 0; i < units.size(); i++) {
            List<Tok> toks = new ArrayList<>();
            toks.add(Tok.of((i + 1) + dot.trim()));
            toks.addAll(units.get(i));
            out.add(new Unit(toks, false));
          }
          return out;
        });
  }

  static Arbitrary<List<Unit>> body() {
    Arbitrary<List<Unit>> piece = Arbitraries.frequencyOf(
        Tuple.of(12, paragraph().map(List::of)), Tuple.of(1, heading().map(List::of)), Tuple.of(1, numberedRun()));
    return piece.list().ofMinSize(1).ofMaxSize(8).map(ps -> ps.stream().flatMap(List::stream).toList());
  }

  /** One note as generated: its text, maybe a second paragraph, a "b" id, the space after the label. */
  record NoteSpec(List<Tok> text, List<Tok> more, boolean b, String space) {}

  /**
   * The notes section: "[1] …" with ids in order, now and then a "4b" note, a second paragraph,
   * no space after the label, or a skipped number (markers without note).
   */
  static Arbitrary<List<Unit>> notes() {
    Arbitrary<NoteSpec> note = Combinators.combine(paragraphText(), paragraphText().injectNull(0.8),
            Arbitraries.of(false, false, false, true), Arbitraries.of(" ", " ", "", "  "))
        .as(NoteSpec::new);
    return Combinators.combine(note.list().ofMaxSize(6), Arbitraries.integers().between(0, 2))
        .as((specs, skip) -> {
          List<Unit> out = new ArrayList<>();
          int n = 0;
          int lastB = 0;
          for (NoteSpec spec : specs) {
            String id;
            if (spec.b() && n > lastB) {
              id = n + "b";
              lastB = n;
            } else {
              n += n == 1 ? 1 + skip : 1;
              id = Integer.toString(n);
            }
            List<Tok> toks = new ArrayList<>(spec.text());
            if (spec.space().isEmpty()) {
              toks.set(0, Tok.of("[" + id + "]" + toks.get(0).text()));
            } else {
              toks.add(0, Tok.of("[" + id + "]" + spec.space().substring(1)));
            }
            out.add(new Unit(toks, false));
            if (spec.more() != null) {
              out.add(new Unit(spec.more(), false));
            }
          }
          return out;
        });
  }

  // ------------------------------------------------------------------ front matter

  static Arbitrary<String> date() {
    Arbitrary<String> month = Arbitraries.of(MONTHS);
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
    Arbitrary<Integer> year = Arbitraries.integers().between(1890, 1939);
    return Arbitraries.oneOf(
        Combinators.combine(month, day, year).as((m, d, y) -> m + " " + d + ", " + y),
        Combinators.combine(month, day, year).as((m, d, y) -> d + " " + m + " " + y),
        Combinators.combine(month, day, year).as((m, d, y) -> m + " " + d + " to " + (d + 3) + ", " + y),
        Combinators.combine(month, day, year).as((m, d, y) -> m.substring(0, 3) + ". " + d + "-" + (d + 1) + ", " + y),
        Combinators.combine(month, year).as((m, y) -> m + " " + y),
        Combinators.combine(month, day, year).as((m, d, y) -> String.format(Locale.ROOT, "%d-%02d-%02d", y, MONTHS.indexOf(m) + 1, d)),
        Combinators.combine(month, day, year).as((m, d, y) -> d + "th " + m + ", " + y + "."),
        Arbitraries.of("Spring 1921", "1919", "c. 1920", "31 February 1920", "Date unknown"));
  }

  static Arbitrary<String> bibliography() {
    return Combinators.combine(
            Arbitraries.of("Collected Works", "Selected Speeches", "Reports and Speeches", "Documents of the Labour Movement"),
            Arbitraries.of("1st English Edition", "2nd Edition", "4th Russian Edition", ""),
            Arbitraries.of(PUBLISHERS), Arbitraries.of(PLACES), Arbitraries.integers().between(1920, 1980),
            Arbitraries.integers().between(1, 45), Arbitraries.integers().between(1, 600), Arbitraries.integers().between(0, 40))
        .as((title, ed, pub, place, year, vol, page, pages) ->
            (ed.isEmpty() ? title : title + ", " + ed) + ", " + pub + ", " + place + ", " + year
                + ", Volume " + vol + (pages == 0 ? ", page " + page : ", pages " + page + "-" + (page + pages)));
  }

  static Arbitrary<String> labelledLine() {
    return Arbitraries.oneOf(
        bibliography().map(b -> "Source: " + b),
        Combinators.combine(paragraphText(), Arbitraries.integers().between(1900, 1930))
            .as((t, y) -> "First Published: " + join(t) + " " + y + ";"),
        Combinators.combine(Arbitraries.of(PLACES), date()).as((p, d) -> "Delivered: " + p + ", " + d),
        paragraphText().map(t -> "Translated: " + join(t)),
        Arbitraries.of("Transcription/Markup: Recensio test editors", "Public Domain: Recensio (2026).",
            "Copyleft: Recensio test corpus (2026). You may freely copy this work.", "Online Version: none"),
        Combinators.combine(Arbitraries.of("Archive Note", "Editor", "Reel/Frame", "Scanned By", "Original Language"),
                Arbitraries.of(" ", " ", "  ", ""), paragraphText())
            .as((l, s, t) -> l + ":" + s + join(t)));
  }

  static Arbitrary<List<Unit>> front() {
    Arbitrary<String> author = Combinators.combine(Arbitraries.of("V. I.", "K. R.", "A. N.", "J.", "Rosa", "T."), Arbitraries.of(NAMES))
        .as((i, n) -> i + " " + n);
    Arbitrary<String> titleLine = word().list().ofMinSize(1).ofMaxSize(6)
        .map(ws -> ws.stream().map(t -> capitalise(t.text())).collect(Collectors.joining(" ")));
    Arbitrary<String> occasion = Combinators.combine(
            Arbitraries.of("Speech Delivered At", "Report to", "Address to", "Speech at"),
            word().list().ofMinSize(2).ofMaxSize(14), markerId().injectNull(0.8))
        .as((a, ws, m) -> a + " " + join(ws) + (m == null ? "" : "[" + m + "]"));
    return Combinators.combine(author.injectNull(0.1), titleLine.list().ofMinSize(1).ofMaxSize(3), occasion.injectNull(0.3),
            date().injectNull(0.15), labelledLine().list().ofMaxSize(5), markerId().injectNull(0.7))
        .as((a, titles, occ, d, labels, titleMarker) -> {
          List<Unit> out = new ArrayList<>();
          if (a != null) {
            out.add(Unit.line(a));
          }
          for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            out.add(Unit.line(i == titles.size() - 1 && titleMarker != null ? t + "[" + titleMarker + "]" : t));
          }
          if (occ != null) {
            out.add(Unit.line(occ));
          }
          if (d != null) {
            out.add(Unit.line(d));
          }
          labels.forEach(l -> out.add(Unit.line(l)));
          return out;
        });
  }

  // ------------------------------------------------------------------ layout

  static Arbitrary<Shape> shapes() {
    return Arbitraries.of(Shape.class).withoutEdgeCases();
  }

  /** A whole transcript in any layout. */
  static Arbitrary<Generated> transcripts() {
    return shapes().flatMap(TranscriptArbitraries::transcripts);
  }

  /** A whole transcript in the given layout, wrapped at 40–100 columns (unless "lines"). */
  static Arbitrary<Generated> transcripts(Shape shape) {
    return Combinators.combine(front(), body(), notes())
        .as((f, b, n) -> List.of(f, b, n))
        .flatMap(parts -> Arbitraries.integers().between(40, 100)
            .map(width -> new Generated(shape, shape == Shape.LINES ? 0 : width, lay(shape, width, parts))));
  }

  private static String lay(Shape shape, int width, List<List<Unit>> parts) {
    StringBuilder out = new StringBuilder();
    for (List<Unit> part : parts) {
      for (Unit u : part) {
        List<String> lines = shape == Shape.LINES ? List.of(join(u.toks())) : wrap(u.toks(), width);
        switch (shape) {
          case SPACED -> lines.forEach(l -> out.append(l).append("\n\n"));
          case BLOCKS -> {
            lines.forEach(l -> out.append(l).append('\n'));
            out.append('\n');
          }
          case LINES -> out.append(lines.get(0)).append('\n');
        }
        if (u.gapAfter()) {
          out.append(shape == Shape.LINES ? "\n" : "\n\n");
        }
      }
    }
    return out.toString();
  }

  /** Greedy wrapping at {@code width}; a long word with a hyphenation point may be split at the line end. */
  static List<String> wrap(List<Tok> toks, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Tok t : toks) {
      String w = t.text();
      int room = width - line.length() - (line.length() == 0 ? 0 : 1);
      if (w.length() <= room || line.length() == 0 && t.hyphenAt() == 0) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(w);
        continue;
      }
      if (t.hyphenAt() > 0 && t.hyphenAt() < w.length() - 1 && t.hyphenAt() + 1 <= room
          && Character.isLetter(w.charAt(t.hyphenAt() - 1)) && Character.isLetter(w.charAt(t.hyphenAt()))) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(w, 0, t.hyphenAt()).append('-');
        lines.add(line.toString());
        line.setLength(0);
        line.append(w.substring(t.hyphenAt()));
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(w);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  // ------------------------------------------------------------------ the mangler

  static Arbitrary<Damage> damage() {
    return Combinators.combine(Arbitraries.frequency(
                Tuple.of(4, Kind.UNBALANCED_DELIMITER), Tuple.of(3, Kind.STRAY_MARKER), Tuple.of(3, Kind.DELETE_BLANK_LINE),
                Tuple.of(3, Kind.DOUBLE_BLANK_LINE), Tuple.of(3, Kind.JOIN_LINES), Tuple.of(3, Kind.SPLIT_LINE),
                Tuple.of(3, Kind.ODD_WHITESPACE), Tuple.of(2, Kind.TRAILING_SPACES), Tuple.of(3, Kind.ODD_LINE_START),
                Tuple.of(2, Kind.CUT_PARAGRAPH), Tuple.of(2, Kind.EMPTY_NOTE_LABEL), Tuple.of(1, Kind.XML_SPECIAL),
                Tuple.of(1, Kind.UNUSUAL_CHARACTER), Tuple.of(1, Kind.CONTROL_CHARACTER)),
            Arbitraries.integers().between(0, 999_999), Arbitraries.integers().between(0, 99))
        .as(Damage::new);
  }

  /** Damage a text: 1–12 random injuries, line endings, an encoding. */
  static Arbitrary<Mangled> mangled(String origin, Shape shape, String text) {
    return Combinators.combine(damage().list().ofMinSize(0).ofMaxSize(12), Arbitraries.of(Eol.class),
            Arbitraries.frequency(Tuple.of(3, Encoding.UTF8), Tuple.of(2, Encoding.UTF8_BOM), Tuple.of(1, Encoding.UTF16LE_BOM),
                Tuple.of(1, Encoding.UTF16BE_BOM), Tuple.of(3, Encoding.WINDOWS_1252)))
        .as((ds, eol, enc) -> {
          String damaged = text;
          for (Damage d : ds) {
            damaged = apply(d, damaged);
          }
          String ended = damaged.replace("\n", eol.chars);
          Encoding used = enc.canEncode(ended) ? enc : Encoding.UTF8;
          return new Mangled(origin, shape, ended, ds, eol, used, used.encode(ended));
        });
  }

  static Arbitrary<Mangled> mangledGenerated() {
    return transcripts().flatMap(g -> mangled("generated", g.shape(), g.text()));
  }

  /** The seed and the test corpus, decoded, damaged and re-encoded. */
  static Arbitrary<Mangled> mangledReal() {
    return Arbitraries.of(RealTexts.ALL).flatMap(r -> mangled(r.name(), null, r.text()));
  }

  static String apply(Damage d, String s) {
    int at = (int) ((long) d.at() * (s.length() + 1) / 1_000_000);
    int arg = d.arg();
    return switch (d.kind()) {
      case UNBALANCED_DELIMITER -> insert(s, at, pick(arg, "(", ")", "[", "]", "“", "”", "‘", "’", "\"", "'", "«", "»", "{", "}"));
      case STRAY_MARKER -> insert(s, at, pick(arg, "[", " [", "\n[") + (1 + arg % 12) + pick(arg / 7, "", "", "b", "c") + "]");
      case DELETE_BLANK_LINE -> {
        int i = s.indexOf("\n\n", at);
        yield i < 0 ? s : s.substring(0, i) + s.substring(i + 1);
      }
      case DOUBLE_BLANK_LINE -> {
        int i = s.indexOf("\n\n", at);
        yield i < 0 ? insert(s, at, "\n\n\n") : insert(s, i, pick(arg, "\n", "\n\n"));
      }
      case JOIN_LINES -> {
        int i = s.indexOf('\n', at);
        yield i < 0 ? s : s.substring(0, i) + pick(arg, " ", "") + s.substring(i + 1);
      }
      case SPLIT_LINE -> insert(s, at, pick(arg, "\n", "\n", "\n\n", " \n"));
      case ODD_WHITESPACE -> insert(s, at, pick(arg, "\t", "\u00A0", "\f", "\t\t", " \u00A0 ", "\u2003", "\u202F", "\u3000", "\u0085", "\u2028"));
      case TRAILING_SPACES -> {
        int i = s.indexOf('\n', at);
        yield insert(s, i < 0 ? s.length() : i, pick(arg, "  ", " ", "\t", " \u00A0"));
      }
      case ODD_LINE_START -> insert(s, lineStart(s, at),
          pick(arg, "1. ", "1.", "[3]", "[3] ", "2. ", "[1]", "(Applause.) ", "A VOICE: ", "Source: ", "December 30, 1920\n"));
      case CUT_PARAGRAPH -> {
        int end = s.indexOf("\n\n", at);
        yield end < 0 ? s.substring(0, at) + "\n\n\n" : s.substring(0, at) + "\n\n\n" + s.substring(end);
      }
      case EMPTY_NOTE_LABEL -> arg % 2 == 0 ? insert(s, lineStart(s, at), "[7]\n") : s + pick(arg / 2, "\n[7]\n", "\n\n[7]\n\n", "[7]");
      case XML_SPECIAL -> insert(s, at, pick(arg, "<", "&", "&amp;", "]]>", "<p>", "<!--", "\"'<>&", "&#x1;"));
      case UNUSUAL_CHARACTER -> insert(s, at, pick(arg, "\uFEFF", "\u200B", "\uD835\uDD04", "\u00AD", "\u2060", "\u0301", "\uFFFD", "\u0092",
          "\uFFFF", "\uFFFE", "\uFDD0", "\uFDD00041\uFDD0"));
      case CONTROL_CHARACTER -> insert(s, at, pick(arg, "\u0001", "\u0007", "\u000B", "\u001B", "\u007F", "\u0008"));
    };
  }

  private static int lineStart(String s, int at) {
    int i = s.lastIndexOf('\n', Math.max(0, at - 1));
    return i < 0 ? 0 : i + 1;
  }

  private static String insert(String s, int at, String what) {
    int i = Math.min(at, s.length());
    if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
      i--;
    }
    return s.substring(0, i) + what + s.substring(i);
  }

  private static String pick(int arg, String... options) {
    return options[arg % options.length];
  }

  // ------------------------------------------------------------------ real inputs

  record RealText(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The seed and the corpus, decoded by the project's decoder (LF-joined lines). */
  static final class RealTexts {
    static final List<RealText> ALL = load();

    private static List<RealText> load() {
      try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"))) {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("seeds/lenin-1920-12-30-trade-unions.txt"));
        corpus.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        List<RealText> out = new ArrayList<>();
        for (Path p : files) {
          SourceText t = new Decoder().decode(p, new DiagnosticSink());
          out.add(new RealText(p.getFileName().toString(),
              t.lines().stream().map(SourceLine::text).collect(Collectors.joining("\n", "", "\n"))));
        }
        return List.copyOf(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InputException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  static List<Tok> words(String text) {
    return Stream.of(text.split(" ")).filter(w -> !w.isEmpty()).map(Tok::of).toList();
  }

  private static List<Tok> wrap(List<Tok> ws, String open, String close) {
    List<Tok> out = new ArrayList<>(ws);
    out.set(0, Tok.of(open + out.get(0).text()));
    Tok last = out.get(out.size() - 1);
    out.set(out.size() - 1, last.withText(last.text() + close));
    return List.copyOf(out);
  }

  static String join(List<Tok> toks) {
    return toks.stream().map(Tok::text).collect(Collectors.joining(" "));
  }

  static String capitalise(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return w;
    }
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The text with line ends, tabs and unusual characters made visible, for failure reports. */
  static String visible(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("⏎\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xA0 || c == 0xFEFF
              || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c) && c != ' ') {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
