package org.recensio.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Proposes a correction for one token that is not a word: the candidates within the rules' cost
 * (OCR confusions, one plain edit, two plain edits towards a word of the document, a missing
 * space), ranked by cost, presence in the document and word-list frequency.
 */
final class Corrector {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final OcrRules rules;
  private final WordList words;
  private final Vocabulary vocabulary;

  Corrector(OcrRules rules, WordList words, Vocabulary vocabulary) {
    this.rules = rules;
    this.words = words;
    this.vocabulary = vocabulary;
  }

  /** What the detector proposes for a token: the form, confidence and reason. */
  record Correction(String proposed, Proposal.Confidence confidence, String reason) {}

  private record Candidate(String form, double cost, boolean confusionOnly, boolean inDocument, int frequency,
      String reason) {}

  /** {@link #correctUncached} per distinct token: it depends on the token alone. */
  private final Map<String, Optional<Correction>> corrections = new HashMap<>();

  Optional<Correction> correct(String token) {
    Optional<Correction> c = corrections.get(token);
    if (c == null) {
      c = correctUncached(token);
      corrections.put(token, c);
    }
    return c;
  }

  private Optional<Correction> correctUncached(String token) {
    Map<String, Candidate> found = new HashMap<>();
    Map<String, Path> variants = confusionVariants(token);
    variants.forEach((v, path) -> {
      if (!v.equals(token)) {
        consider(found, token, v, path.cost(), true, "OCR confusion " + path.labels());
      }
    });
    if (token.length() >= rules.minPlainEditLength()) {
      plainEdits(found, token, token, variants.get(token));
      documentWords(found, token);
    }
    runTogether(found, token);
    return choose(new ArrayList<>(found.values()));
  }

  private Optional<Correction> choose(List<Candidate> all) {
    if (all.isEmpty()) {
      return Optional.empty();
    }
    all.sort(Comparator.comparingDouble(Candidate::cost)
        .thenComparing(Candidate::inDocument, Comparator.reverseOrder())
        .thenComparing(Candidate::frequency, Comparator.reverseOrder())
        .thenComparing(Candidate::form));
    Candidate best = all.get(0);
    long rivals = all.stream().filter(c -> c.cost() - best.cost() < 1e-9).count();
    Proposal.Confidence confidence = rivals == 1 && best.confusionOnly() && best.inDocument()
        ? Proposal.Confidence.HIGH
        : best.confusionOnly() || best.inDocument() ? Proposal.Confidence.MEDIUM : Proposal.Confidence.LOW;
    String reason = rivals == 1 ? best.reason() : best.reason() + "; " + (rivals - 1) + " other candidates";
    return Optional.of(new Correction(best.form(), confidence, reason));
  }

  private void consider(Map<String, Candidate> found, String token, String form, double cost, boolean confusionOnly,
      String reason) {
    if (form.equalsIgnoreCase(token) || (token.length() < rules.minPlainEditLength() && vocabulary.count(form) == 0)) {
      return;
    }
    if (cost > rules.maxCost() + 1e-9 || !allWords(form).stream().allMatch(w -> isCandidate(token, w))) {
      return;
    }
    Candidate old = found.get(form);
    if (old == null || cost < old.cost()) {
      boolean inDoc = allWords(form).stream().allMatch(w -> vocabulary.count(w) > 0);
      int freq = allWords(form).stream().mapToInt(w -> words.lookup(w).orElse(0)).min().orElse(0);
      found.put(form, new Candidate(form, cost, confusionOnly, inDoc, freq, reason));
    }
  }

  private static List<String> allWords(String form) {
    return List.of(form.split(" "));
  }

  /** A form worth proposing: a frequent enough listed word, a word of the document, or a number. */
  private boolean isCandidate(String token, String form) {
    if (isAsciiDigits(form)) {
      return token.chars().anyMatch(Character::isDigit);
    }
    if (!Casing.isFoldable(form) || form.isEmpty()) {
      return false;
    }
    OptionalInt f = words.lookup(form);
    return (f.isPresent() && f.getAsInt() >= rules.minFrequency()) || vocabulary.count(form) > 0;
  }

  /** The forms reached by up to two known confusions, each with its cheapest path. */
  private record Path(double cost, String labels) {}

  private Map<String, Path> confusionVariants(String token) {
    record At(int pos, OcrRules.Confusion c) {
      int end() {
        return pos + c.printed().length();
      }
    }
    List<At> places = new ArrayList<>();
    for (OcrRules.Confusion c : rules.confusions()) {
      for (int i = token.indexOf(c.printed()); i >= 0; i = token.indexOf(c.printed(), i + 1)) {
        places.add(new At(i, c));
      }
    }
    Map<String, Path> out = new HashMap<>();
    out.put(token, new Path(0, ""));
    for (int a = 0; a < places.size(); a++) {
      At x = places.get(a);
      String one = token.substring(0, x.pos()) + x.c().intended() + token.substring(x.end());
      keep(out, one, new Path(x.c().cost(), x.c().label()));
      for (int b = 0; b < places.size(); b++) {
        At y = places.get(b);
        if (y.pos() >= x.end()) {
          String two = token.substring(0, x.pos()) + x.c().intended() + token.substring(x.end(), y.pos())
              + y.c().intended() + token.substring(y.end());
          keep(out, two, new Path(x.c().cost() + y.c().cost(), x.c().label() + ", " + y.c().label()));
        }
      }
    }
    return out;
  }

  private static void keep(Map<String, Path> out, String variant, Path path) {
    Path old = out.get(variant);
    if (old == null || path.cost() < old.cost()) {
      out.put(variant, path);
    }
  }

  /** One plain edit of a variant: a letter missing, extra, wrong, or two letters swapped. */
  private void plainEdits(Map<String, Candidate> found, String token, String v, Path path) {
    double cost = path.cost() + rules.plainEditCost();
    if (cost > rules.maxCost() + 1e-9) {
      return;
    }
    boolean lower = Casing.isLower(token);
    String why = path.labels().isEmpty() ? "" : ", OCR confusion " + path.labels();
    for (int i = 0; i <= v.length(); i++) {
      if (i < v.length()) {
        editIf(found, token, v.substring(0, i) + v.substring(i + 1), cost, lower, "extra letter" + why);
      }
      if (i + 1 < v.length()) {
        String swapped = v.substring(0, i) + v.charAt(i + 1) + v.charAt(i) + v.substring(i + 2);
        editIf(found, token, swapped, cost, lower, "letters swapped" + why);
      }
      for (char c : LETTERS.toCharArray()) {
        if (i > 0 || lower) {
          editIf(found, token, v.substring(0, i) + c + v.substring(i), cost, lower, "missing letter" + why);
          if (i < v.length() && c != v.charAt(i)) {
            editIf(found, token, v.substring(0, i) + c + v.substring(i + 1), cost, lower, "wrong letter" + why);
          }
        }
      }
    }
  }

  /** A plain edit of a capitalised or mixed-case token counts only towards a word of the document. */
  private void editIf(Map<String, Candidate> found, String token, String form, double cost, boolean lower,
      String reason) {
    if (lower || vocabulary.count(form) > 0) {
      consider(found, token, form, cost, false, reason);
    }
  }

  /**
   * Two plain edits, towards words the document uses elsewhere ("Tsektrall" → "Tsektran"), of
   * about the same length (a transliterated "plenumov" is not "plenum").
   */
  private void documentWords(Map<String, Candidate> found, String token) {
    String key = Vocabulary.key(token);
    if (key.length() <= rules.minPlainEditLength()) {
      return;
    }
    for (int len = key.length() - 1; len <= key.length() + 1; len++) {
      for (String w : frequentWordsOfLength(len)) {
        if (EditDistance.within(key, w, 2) == 2) {
          consider(found, token, Casing.like(token, w), 2 * rules.plainEditCost(), false,
              "two letters from a word of this document");
        }
      }
    }
  }

  /** The document's words used {@link OcrRules#documentVocabulary()} times or more, by length. */
  private Map<Integer, List<String>> frequentByLength;

  private List<String> frequentWordsOfLength(int length) {
    if (frequentByLength == null) {
      frequentByLength = new HashMap<>();
      for (String w : vocabulary.words()) {
        if (vocabulary.count(w) >= rules.documentVocabulary()) {
          frequentByLength.computeIfAbsent(w.length(), n -> new ArrayList<>()).add(w);
        }
      }
    }
    return frequentByLength.getOrDefault(length, List.of());
  }

  /** Two words printed as one: "Wecould", "inApril". */
  private void runTogether(Map<String, Candidate> found, String token) {
    for (int i = 2; i <= token.length() - 2; i++) {
      String left = token.substring(0, i);
      String right = token.substring(i);
      boolean caseChange = Character.isLowerCase(token.charAt(i - 1)) && Character.isUpperCase(token.charAt(i));
      boolean inDoc = vocabulary.count(left) > 0 && vocabulary.count(right) > 0;
      boolean listed = isCandidate(token, left) && isCandidate(token, right)
          && Casing.isFoldable(left) && Casing.isFoldable(right);
      if (listed && (inDoc || caseChange) && !isNumber(left)) {
        consider(found, token, left + " " + right, rules.missingSpaceCost(), true, "missing space");
      }
    }
  }

  private static boolean isNumber(String s) {
    return isAsciiDigits(s);
  }

  /** {@code s.matches("\\d+")} without a regex ({@code \d} is ASCII 0-9); lower-casing keeps digits. */
  private static boolean isAsciiDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
