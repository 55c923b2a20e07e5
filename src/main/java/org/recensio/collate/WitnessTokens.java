package org.recensio.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * All tokens of one witness, paragraph after paragraph, with the paragraphs' texts;
 * {@code splitStarts} are the indices of tokens that open a witness paragraph inside a copy-text
 * paragraph (a paragraph split in the witness).
 */
record WitnessTokens(String siglum, List<Token> tokens, List<String> texts, List<Integer> paragraphStarts,
    Set<Integer> splitStarts) {

  static WitnessTokens of(WitnessText w) {
    List<Token> tokens = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int j = 0; j < w.paragraphs().size(); j++) {
      String text = w.paragraphs().get(j).text();
      texts.add(text);
      starts.add(tokens.size());
      tokens.addAll(TokenNormaliser.tokens(j, text));
    }
    starts.add(tokens.size());
    return new WitnessTokens(w.siglum(), List.copyOf(tokens), List.copyOf(texts), List.copyOf(starts),
        new java.util.HashSet<>());
  }

  /** The index of the first token of witness paragraph {@code j} (or the token count, past the end). */
  int start(int j) {
    return paragraphStarts.get(j);
  }
}
