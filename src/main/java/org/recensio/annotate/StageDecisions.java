package org.recensio.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig.StageDecision;
import org.recensio.model.Paragraph;
import org.recensio.model.Whitespace;

/**
 * The editor's decisions of the {@code stages:} section: the one for a place the heuristics
 * found, and the places of the text each decision names (its printed text, at its line).
 */
final class StageDecisions {
  /** A decision and the place it names in one paragraph. */
  record Placed(StageDecision decision, int start, int end) {}

  private final List<StageDecision> all;

  StageDecisions(List<StageDecision> all) {
    this.all = List.copyOf(all);
  }

  /** The editor's decision about exactly the printed text from {@code start} to {@code end}. */
  Optional<StageDecision> at(Paragraph p, int start, int end) {
    return Decisions.find(all, p, start, end, StageDecision::line, StageDecision::text);
  }

  /** The places of the paragraph named by the decisions of one type. */
  List<Placed> placed(Paragraph p, String type) {
    List<Placed> out = new ArrayList<>();
    for (StageDecision d : all) {
      if (d.type().equals(type) && d.text() != null) {
        out.addAll(places(p, d));
      }
    }
    return out;
  }

  /** Where the decision's text is printed in the paragraph, at its line when it names one. */
  static List<Placed> places(Paragraph p, StageDecision d) {
    List<Placed> out = new ArrayList<>();
    String[] words = Whitespace.collapse(d.text()).split(" ");
    if (words[0].isEmpty()) {
      return out;
    }
    StringBuilder regex = new StringBuilder();
    for (String w : words) {
      regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    Matcher m = Pattern.compile(regex.toString(), Pattern.UNICODE_CHARACTER_CLASS).matcher(p.text().text());
    while (m.find()) {
      if (d.line() == null || p.text().spanOf(m.start()).line() == d.line()) {
        out.add(new Placed(d, m.start(), m.end()));
      }
    }
    return out;
  }

  List<StageDecision> all() {
    return all;
  }
}
