package org.recensio.annotate;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable register ids made from printed names: "V. I. Lenin" → "lenin". */
public final class Names {
  private Names() {}

  /** The last word of the name folded to ASCII letters and digits, lower case; the fallback if none. */
  public static String idFor(String name, String fallback) {
    String[] words = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").split("[^A-Za-z0-9]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (words[i].length() > 1 && Character.isLetter(words[i].charAt(0))) {
        return words[i].toLowerCase(Locale.ROOT);
      }
    }
    return fallback;
  }
}
