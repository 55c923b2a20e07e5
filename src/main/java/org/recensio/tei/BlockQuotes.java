package org.recensio.tei;

import java.util.Optional;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Whitespace;

/**
 * Tells whether a paragraph is a block quotation: a quotation that is the whole paragraph
 * (from {@code from}, after a speaker label), optionally followed by its reference inside a
 * citation. Such a paragraph is written as {@code quote} (or {@code cit}) holding the {@code p}.
 */
final class BlockQuotes {
  private BlockQuotes() {}

  /** How a paragraph is written. */
  sealed interface Shape {
    /** An ordinary paragraph. */
    record Plain() implements Shape {}

    /** A quotation as a whole, with the reference that follows it, if any. */
    record Quoted(Inline.Quote quote, Optional<Inline.Bibl> bibl) implements Shape {}
  }

  static Shape shape(Paragraph p, int from) {
    int start = from + leadingSpace(p.text().text(), from);
    int end = p.text().text().length();
    for (Inline i : p.inlines()) {
      if (i instanceof Inline.Quote q && q.start() == start && blockKind(q)) {
        if (q.end() == end && onlyInside(p, q, null)) {
          return new Shape.Quoted(q, Optional.empty());
        }
        Optional<Inline.Bibl> bibl = citedBibl(p, q, end);
        if (bibl.isPresent()) {
          return new Shape.Quoted(q, bibl);
        }
      }
    }
    return new Shape.Plain();
  }

  private static boolean blockKind(Inline.Quote q) {
    return q.kind() != Inline.QuoteKind.SO_CALLED;
  }

  /** The bibl closing a citation that spans the paragraph and starts with {@code q}. */
  private static Optional<Inline.Bibl> citedBibl(Paragraph p, Inline.Quote q, int end) {
    boolean cit = p.inlines().stream().anyMatch(i -> i instanceof Inline.Citation c && c.start() == q.start()
        && c.end() == end);
    Optional<Inline.Bibl> bibl = p.inlines().stream().filter(i -> i instanceof Inline.Bibl b && b.end() == end)
        .map(i -> (Inline.Bibl) i).findFirst();
    if (!cit || bibl.isEmpty() || !Whitespace.isBlank(p.text().text().substring(q.end(), bibl.get().start()))) {
      return Optional.empty();
    }
    return onlyInside(p, q, bibl.get()) ? bibl : Optional.empty();
  }

  /** True when every other inline lies inside the quotation's marks or inside the bibl. */
  private static boolean onlyInside(Paragraph p, Inline.Quote q, Inline.Bibl bibl) {
    int open = q.rend().isEmpty() ? 0 : Character.charCount(q.rend().codePointAt(0));
    int close = q.rend().length() - open;
    for (Inline i : p.inlines()) {
      boolean self = i == q || i instanceof Inline.Citation || i == bibl || i instanceof Inline.SpeakerLabel;
      boolean inQuote = i.start() >= q.start() + open && i.end() <= q.end() - close;
      boolean inBibl = bibl != null && i.start() >= bibl.start() && i.end() <= bibl.end();
      if (!self && !inQuote && !inBibl) {
        return false;
      }
    }
    return true;
  }

  private static int leadingSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Whitespace.is(text.charAt(i))) {
      i++;
    }
    return i - from;
  }
}
