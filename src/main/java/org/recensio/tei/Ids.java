package org.recensio.tei;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable xml:id values made from names. */
final class Ids {
  private Ids() {}

  /** "V. I. Lenin" → "lenin": the last word, folded to ASCII letters and digits. */
  static String fromName(String name, String fallback) {
    String[] words = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").split("[^A-Za-z0-9]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (words[i].length() > 1 && Character.isLetter(words[i].charAt(0))) {
        return words[i].toLowerCase(Locale.ROOT);
      }
    }
    return fallback;
  }
}
