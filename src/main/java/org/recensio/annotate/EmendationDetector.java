package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recensio.model.Paragraph;
import org.recensio.model.Transcript;

/**
 * Finds the tokens of a transcript that are not words and proposes corrections. A token is a
 * word when the word list knows it (as printed, or folded from Capitalised or UPPER case), when
 * the document uses it {@link OcrRules#documentVocabulary()} times or more (names, transliterated
 * Russian: "Tsektran", "Glavpolitput"), when it is part of a name in the register, or when it is a
 * number, a Roman numeral, an abbreviation or a one-letter word. Proposals come from a
 * {@link Corrector}; a function word joined by a hyphen to the next word ("was-held") is a
 * separate proposal.
 */
public final class EmendationDetector {
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  private static final Pattern NUMBERED = Pattern.compile("\\d+[A-Za-z]{0,2}");

  private final OcrRules rules;
  private final WordList words;
  private final Vocabulary vocabulary;
  private final Corrector corrector;

  private EmendationDetector(OcrRules rules, WordList words, Vocabulary vocabulary) {
    this.rules = rules;
    this.words = words.memoised();
    this.vocabulary = vocabulary;
    this.corrector = new Corrector(rules, this.words, vocabulary);
  }

  /** A detector for one transcript, judging against its vocabulary and register. */
  public static EmendationDetector of(Transcript t, OcrRules rules, WordList words) {
    return new EmendationDetector(rules, words, Vocabulary.of(t));
  }

  /** Every proposal for one paragraph, in text order. */
  public List<Proposal> in(Paragraph p) {
    String text = p.text().text();
    List<Proposal> out = new ArrayList<>();
    int lastCompound = -1;
    for (WordTokens.Token tok : WordTokens.of(text)) {
      if (tok.inCompound() && tok.compoundStart() != lastCompound) {
        lastCompound = tok.compoundStart();
        hyphenForSpace(p, tok).ifPresent(out::add);
      }
      if (out.isEmpty() || out.get(out.size() - 1).end() <= tok.start()) {
        judge(p, tok).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  private Optional<Proposal> judge(Paragraph p, WordTokens.Token tok) {
    String w = tok.text();
    int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
    if (apostrophe > 0 && !isWord(w)) {
      w = w.substring(0, apostrophe);
    }
    String text = p.text().text();
    if (isWord(w) || isExempt(text, tok, w) || compoundIsWord(text, tok) || inCompoundName(text, tok, w)) {
      return Optional.empty();
    }
    int end = tok.start() + w.length();
    String printed = w;
    return corrector.correct(w).map(c -> new Proposal(p.text().spanOf(tok.start(), end), tok.start(), end,
        printed, c.proposed(), c.confidence(), c.reason()));
  }

  /** {@link #isWordUncached} per distinct form: it depends on the form alone. */
  private final java.util.Map<String, Boolean> isWord = new java.util.HashMap<>();

  private boolean isWord(String w) {
    Boolean b = isWord.get(w);
    if (b == null) {
      b = isWordUncached(w);
      isWord.put(w, b);
    }
    return b;
  }

  private boolean isWordUncached(String w) {
    return words.knows(w) || vocabulary.count(w) >= rules.documentVocabulary() || vocabulary.isName(w)
        || (Vocabulary.key(w).length() < w.length() && words.knows(w.substring(0, w.length() - 2)));
  }

  /** Numbers, note ids ("4b"), Roman numerals, acronyms, one letter, abbreviations ("Mr.", "TsK."). */
  private static boolean isExempt(String text, WordTokens.Token tok, String w) {
    boolean dotAfter = tok.start() + w.length() < text.length() && text.charAt(tok.start() + w.length()) == '.';
    return w.length() < 2 || NUMBERED.matcher(w).matches() || ROMAN.matcher(w).matches()
        || (Casing.isUpper(w) && w.chars().allMatch(Character::isLetter))
        || (dotAfter && w.length() <= 3 && Character.isUpperCase(w.charAt(0)));
  }

  /** A part of a compound that the word list knows whole ("co-ordinating", "hodge-podge"). */
  private boolean compoundIsWord(String text, WordTokens.Token tok) {
    if (!tok.inCompound()) {
      return false;
    }
    String compound = text.substring(tok.compoundStart(), tok.compoundEnd()).replace("\n", "");
    return words.knows(compound) || words.knows(compound.replace("-", ""))
        || vocabulary.count(compound.replace("-", "")) > 0;
  }

  /** A capitalised part of a compound name with other capitalised parts ("Bar-le-Duc", "Pas-de-Calais"). */
  private static boolean inCompoundName(String text, WordTokens.Token tok, String w) {
    if (!tok.inCompound() || !Casing.isCapitalised(w)) {
      return false;
    }
    String before = text.substring(tok.compoundStart(), tok.start());
    String after = text.substring(tok.end(), tok.compoundEnd());
    return (before + after).chars().anyMatch(Character::isUpperCase);
  }

  /** "was-held", "the-co-ordination": a function word hyphened to a word, where a space belongs. */
  private Optional<Proposal> hyphenForSpace(Paragraph p, WordTokens.Token first) {
    String text = p.text().text();
    String compound = text.substring(first.compoundStart(), first.compoundEnd());
    String head = first.text();
    if (compound.length() <= head.length() || compound.charAt(head.length()) != '-'
        || compound.charAt(head.length() + 1) == '\n' || !Casing.isLower(head)) {
      return Optional.empty();
    }
    String rest = compound.substring(head.length() + 1);
    boolean restIsWord = words.knows(rest.replace("\n", "")) || List.of(rest.split("-\n?")).stream().allMatch(this::isWord);
    if (words.lookup(head).orElse(0) < rules.functionWordFrequency() || words.knows(compound) || !restIsWord) {
      return Optional.empty();
    }
    return Optional.of(new Proposal(p.text().spanOf(first.compoundStart(), first.compoundEnd()),
        first.compoundStart(), first.compoundEnd(), compound, head + " " + rest, Proposal.Confidence.MEDIUM,
        "hyphen for a space after a function word"));
  }
}
