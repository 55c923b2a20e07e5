package org.recensio.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig;
import org.recensio.model.Block;
import org.recensio.model.Heading;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;

/**
 * Finds section headings in the body: a one-line paragraph between paragraphs that is a section
 * number ("II", "3.", "Part One") or a short title without a sentence end (also none before a
 * closing bracket: "(Applause.)" alone is an audience reaction, not a heading). The editor's
 * configuration adds or removes headings by the line they stand on.
 */
public final class HeadingFinder {
  private static final Pattern NUMBERED = Pattern.compile(
      "^(?:(?:Part|Chapter|Section|Book)\\s+\\S+|[IVXLC]{1,7}|\\d{1,3}|[IVXLC]{1,7}\\.|§\\s*\\d+)$");
  private static final Pattern TITLE_WORD = Pattern.compile("^[\\p{Lu}\\d“‘\"'(]");
  private static final int MAX_LENGTH = 60;

  public List<Block> find(List<Block> body, EditionConfig config) {
    Set<Integer> add = new HashSet<>(config.headings().add());
    Set<Integer> remove = new HashSet<>(config.headings().remove());
    Resp editor = config.editorResp();
    List<Block> out = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      if (b instanceof Paragraph p) {
        int line = p.text().firstLine();
        if (add.contains(line)) {
          out.add(new Heading(p, editor));
          continue;
        }
        if (!remove.contains(line) && looksLikeHeading(p) && i + 1 < body.size() && !(body.get(i + 1) instanceof Heading)) {
          out.add(new Heading(p, Resp.BUILDER));
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  static boolean looksLikeHeading(Paragraph p) {
    String t = p.text().text();
    if (t.contains("\n") || LineText.length(t) > MAX_LENGTH || p.endsInGap() || !p.inlines().isEmpty()) {
      return false;
    }
    if (NUMBERED.matcher(t).matches()) {
      return true;
    }
    return !t.matches(".*[.,;:!?…—-][)\\]]?$") && !LineText.hasSentenceInside(t) && mostlyCapitalised(t);
  }

  /** Title case: the first word and every word of more than three letters start with a capital. */
  private static boolean mostlyCapitalised(String t) {
    String[] words = t.split("\\s+");
    return TITLE_WORD.matcher(words[0]).find()
        && java.util.Arrays.stream(words).filter(w -> w.length() > 3).allMatch(w -> TITLE_WORD.matcher(w).find());
  }
}
