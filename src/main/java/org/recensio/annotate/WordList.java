package org.recensio.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;

/**
 * An English word list with word frequencies: the spelling dictionaries of LanguageTool's
 * {@code org.languagetool:english-pos-dict} (converted from Hunspell, Morfologik automata in which
 * each word is followed by a separator and a frequency class 'A'..'Z'). Looked up in the automata
 * themselves, nothing is expanded into memory. Immutable and thread-safe.
 */
public final class WordList {
  private static final String RESOURCES = "/org/languagetool/resource/en/hunspell/";

  private record Automaton(FSA fsa, byte separator) {}

  private final List<Automaton> automata;
  /** Results per form, in a {@link #memoised()} view only (null in the shared, thread-safe list). */
  private final java.util.Map<String, OptionalInt> frequencies;
  private final java.util.Map<String, OptionalInt> lookups;

  private WordList(List<Automaton> automata) {
    this.automata = List.copyOf(automata);
    this.frequencies = null;
    this.lookups = null;
  }

  private WordList(List<Automaton> automata, boolean memo) {
    this.automata = automata;
    this.frequencies = new java.util.HashMap<>();
    this.lookups = new java.util.HashMap<>();
  }

  /**
   * A view of the same automata that remembers every answer (words repeat heavily in a
   * document). Not thread-safe: for one run of one detector.
   */
  public WordList memoised() {
    return new WordList(automata, true);
  }

  /** The word lists of {@link OcrRules#DEFAULT}, read once on first use and shared. */
  public static WordList defaults() {
    return Defaults.WORDS;
  }

  private static final class Defaults {
    static final WordList WORDS = WordList.of(OcrRules.DEFAULT.wordLists());
  }

  /** The named word lists ("en_GB", "en_US") read from the classpath. */
  public static WordList of(List<String> names) {
    List<Automaton> out = new ArrayList<>();
    for (String name : names) {
      out.add(read(name));
    }
    return new WordList(out);
  }

  private static Automaton read(String name) {
    try (InputStream dict = WordList.class.getResourceAsStream(RESOURCES + name + ".dict");
        InputStream info = WordList.class.getResourceAsStream(RESOURCES + name + ".info")) {
      if (dict == null || info == null) {
        throw new IllegalStateException("word list " + name + " missing from the classpath (english-pos-dict)");
      }
      Properties p = new Properties();
      p.load(info);
      String sep = p.getProperty("fsa.dict.separator", "+");
      return new Automaton(FSA.read(dict), sep.getBytes(StandardCharsets.UTF_8)[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The frequency class (0 rare … 25 most frequent) of exactly this form, if listed. */
  public OptionalInt frequency(String form) {
    if (frequencies == null) {
      return frequencyInAutomata(form);
    }
    OptionalInt f = frequencies.get(form);
    if (f == null) {
      f = frequencyInAutomata(form);
      frequencies.put(form, f);
    }
    return f;
  }

  private OptionalInt frequencyInAutomata(String form) {
    byte[] word = form.getBytes(StandardCharsets.UTF_8);
    byte[] key = java.util.Arrays.copyOf(word, word.length + 1);
    int best = -1;
    for (Automaton a : automata) {
      key[word.length] = a.separator();
      MatchResult m = new FSATraversal(a.fsa()).match(key);
      if (m.kind == MatchResult.SEQUENCE_IS_A_PREFIX) {
        int arc = a.fsa().getFirstArc(m.node);
        if (arc != 0) {
          best = Math.max(best, Math.max(0, a.fsa().getArcLabel(arc) - 'A'));
        }
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * The frequency class of a form as printed: its own entry, or, for a lower-case, capitalised
   * or upper-case form, the lower-case or capitalised entry ("Central" → "central").
   * Mixed case ("controI", "inApril") is never folded.
   */
  public OptionalInt lookup(String form) {
    if (lookups == null) {
      return lookupInAutomata(form);
    }
    OptionalInt f = lookups.get(form);
    if (f == null) {
      f = lookupInAutomata(form);
      lookups.put(form, f);
    }
    return f;
  }

  private OptionalInt lookupInAutomata(String form) {
    String f = form.replace('’', '\'');
    OptionalInt exact = frequency(f);
    if (exact.isPresent() || !Casing.isFoldable(f)) {
      return exact;
    }
    String lower = f.toLowerCase(java.util.Locale.ROOT);
    OptionalInt low = lower.equals(f) ? OptionalInt.empty() : frequency(lower);
    if (low.isPresent()) {
      return low;
    }
    String cap = Casing.capitalise(lower);
    return cap.equals(f) ? OptionalInt.empty() : frequency(cap);
  }

  public boolean knows(String form) {
    return lookup(form).isPresent();
  }
}
