package org.recensio.tei;

import java.util.Optional;
import org.recensio.model.Bibliography;

/** Writes the copy text's structured {@code bibl} from the "Source:" line. */
final class BiblWriter {
  private final XmlSink out;

  BiblWriter(XmlSink out) {
    this.out = out;
  }

  void copyText(Bibliography b, Optional<String> author, Optional<String> witness) {
    out.newline(4);
    out.start("bibl");
    out.attr("type", "copyText");
    witness.ifPresent(w -> out.attr("corresp", w));
    author.ifPresent(a -> leaf("author", a));
    b.title().ifPresent(v -> leaf("title", v, "level", "m"));
    b.edition().ifPresent(v -> leaf("edition", v));
    b.publisher().ifPresent(v -> leaf("publisher", v));
    b.place().ifPresent(v -> leaf("pubPlace", v));
    b.year().ifPresent(v -> leaf("date", v, "when", v));
    b.volume().ifPresent(v -> leaf("biblScope", b.volumePrinted().orElse(v), "unit", "volume", "n", v));
    b.pageFrom().ifPresent(from -> pages(b, from));
    if (b.title().isEmpty()) {
      out.text(b.printed());
    }
    out.newline(4);
    out.end();
  }

  private void pages(Bibliography b, String from) {
    out.newline(5);
    out.start("biblScope");
    out.attr("unit", "page");
    out.attr("from", from);
    out.attr("to", b.pageTo().orElse(from));
    out.text(b.pagesPrinted().orElse(from));
    out.end();
  }

  private void leaf(String name, String text, String... attrs) {
    out.newline(5);
    out.start(name);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      out.attr(attrs[i], attrs[i + 1]);
    }
    out.text(text);
    out.end();
  }
}
