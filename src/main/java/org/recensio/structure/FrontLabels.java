package org.recensio.structure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines transcripts carry in their front matter ("Source:", "First Published:" …)
 * and the key each is filed under in the TEI. Unknown labels of the same shape are kept with a
 * key made from their words.
 */
final class FrontLabels {
  static final Map<String, String> KNOWN = known();
  /** Any label of up to four words followed by a colon at the start of a line. */
  static final Pattern PATTERN = Pattern.compile("^([A-Z][A-Za-z]*(?:[ /&-][A-Za-z]+){0,3})\\s?:(?=\\s|$)");

  private FrontLabels() {}

  private static Map<String, String> known() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("first published", "firstPublished");
    m.put("published", "published");
    m.put("source", "source");
    m.put("delivered", "delivered");
    m.put("written", "written");
    m.put("translated", "translated");
    m.put("translated by", "translated");
    m.put("translation", "translated");
    m.put("transcription/markup", "transcription");
    m.put("transcription", "transcription");
    m.put("transcribed", "transcription");
    m.put("markup", "markup");
    m.put("html markup", "markup");
    m.put("proofread", "proofread");
    m.put("proofreading", "proofread");
    m.put("copyleft", "copyleft");
    m.put("public domain", "publicDomain");
    m.put("online version", "onlineVersion");
    m.put("date", "date");
    m.put("place", "place");
    return m;
  }

  /** The label at the start of a line, if it has the shape of one. */
  static Optional<Matcher> match(String line) {
    Matcher m = PATTERN.matcher(line);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  static boolean isKnown(String label) {
    return KNOWN.containsKey(label.toLowerCase(Locale.ROOT).trim());
  }

  /** The key for a label: the known one, or the label in lower camel case. */
  static String key(String label) {
    String k = KNOWN.get(label.toLowerCase(Locale.ROOT).trim());
    if (k != null) {
      return k;
    }
    StringBuilder out = new StringBuilder();
    for (String w : label.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty()) {
        out.append(out.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
    }
    return out.length() == 0 ? "label" : out.toString();
  }
}
