package org.recensio.annotate;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The policy that picks a quotation's element by its function. Policy as data:
 * {@link QuoteClassifier} only applies it.
 *
 * <ul>
 *   <li>words from a document ({@code quote}): a quotation followed by its reference, a block
 *       quotation introduced by a clause naming a document, or a quotation whose clause names a
 *       document ("says in his theses", "the resolution said:", "I read:");</li>
 *   <li>speech reported ({@code said}): a verb of saying just before the quotation ("he said:",
 *       "Bukharin says:", "shout");</li>
 *   <li>scare quotes ({@code soCalled}): at most {@code scareQuoteMaxWords} words without
 *       sentence punctuation, inside running text, not introduced as speech;</li>
 *   <li>anything else: {@code q}.</li>
 * </ul>
 *
 * @param sayingVerbs verbs that introduce speech (lower case)
 * @param documentWords words that name a document or its reading out (lower case)
 * @param scareQuoteMaxWords the most words a scare quotation has
 * @param introWords how many words before the quotation a verb of saying may stand
 * @param documentWindow how many words before the quotation a document may be named
 * @param reference what a parenthesis after a quotation holds when it is the quotation's reference
 */
public record QuotationRules(Set<String> sayingVerbs, Set<String> documentWords, int scareQuoteMaxWords,
    int introWords, int documentWindow, Pattern reference) {
  public QuotationRules {
    sayingVerbs = Set.copyOf(sayingVerbs);
    documentWords = Set.copyOf(documentWords);
    Objects.checkIndex(0, scareQuoteMaxWords + 1);
    Objects.checkIndex(0, introWords + 1);
    Objects.checkIndex(0, documentWindow + 1);
    Objects.requireNonNull(reference, "reference");
  }

  public static final QuotationRules DEFAULT = new QuotationRules(
      Set.of("say", "says", "said", "saying", "shout", "shouts", "shouted", "shouting", "declare", "declares",
          "declared", "tell", "tells", "told", "ask", "asks", "asked", "reply", "replies", "replied", "answer",
          "answers", "answered", "cry", "cries", "cried", "exclaim", "exclaims", "exclaimed", "growl", "growls",
          "growled", "growling", "hear", "heard", "retort", "retorted", "remark", "remarked"),
      Set.of("thesis", "theses", "resolution", "resolutions", "decree", "decrees", "pamphlet", "article",
          "programme", "program", "law", "statute", "regulations", "platform", "letter", "telegram", "decision",
          "report", "paragraph", "clause", "minutes", "manifesto", "appeal", "circular", "read", "reads", "writes",
          "wrote", "written", "newspaper", "izvestia", "pravda"),
      3,
      4,
      15,
      Pattern.compile("(?i)\\b(?:theses|thesis|pp?\\.|no\\.|vol\\.|art\\.|chap\\.|ch\\.|para\\.|page|pages|section"
          + "|pamphlet|article|resolution|decree|speech|report|works|collected|ibid\\.?|op\\. cit\\.?)(?!\\w)"
          + "|§|\\d"));
}
