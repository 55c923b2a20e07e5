package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.model.Inline;
import org.recensio.model.Paragraph;
import org.recensio.model.Resp;
import org.recensio.model.Transcript;
import org.recensio.testing.Texts;

/** Issue 3, spacing oddities kept as printed with their regular form (choice/orig+reg). */
class SpacingRegulariserTest {
  static final String TEXT = QuotationTaggerTest.text(
      "My material is Comrade Trotsky ’s pamphlet, haven ’t you read it? It deals “in principle “, as usual.",
      "Published in 1921;Published again (Construction ), and so on.");

  static Transcript tag(EditionConfig config, DiagnosticSink sink) {
    Transcript t = Texts.structure(TEXT, config, sink);
    t = new QuotationTagger(config).tag(t, sink);
    return new SpacingRegulariser(config).tag(t, sink);
  }

  static List<String> regularised(Transcript t) {
    return t.paragraphs().flatMap(p -> p.inlines().stream().filter(i -> i instanceof Inline.Regularisation)
        .map(i -> "[" + p.text().text().substring(i.start(), i.end()) + "→" + ((Inline.Regularisation) i).regular()
            + "]")).toList();
  }

  @Test
  void spacingOdditiesAreRegularised() {
    assertEquals(List.of("[ ’s→’s]", "[ ’t→’t]", "[principle →principle]", "[;→; ]", "[Construction →Construction]"),
        regularised(tag(QuotationTaggerTest.config(), new DiagnosticSink())));
  }

  @Test
  void theSpaceBeforeABrokenCloserIsRegularisedInsideTheQuotation() {
    Transcript t = tag(QuotationTaggerTest.config(), new DiagnosticSink());
    Paragraph p = t.paragraphs().filter(x -> x.text().text().contains("principle")).findFirst().orElseThrow();
    Inline quote = p.inlines().stream().filter(i -> i instanceof Inline.Quote).findFirst().orElseThrow();
    Inline reg = p.inlines().stream().filter(i -> i instanceof Inline.Regularisation && i.start() > quote.start())
        .findFirst().orElseThrow();
    assertTrue(reg.end() == quote.end() - 1, "the word and the space just before the closing mark");
  }

  @Test
  void theEditorRejectsAcceptsWithAnotherFormAndAddsRegularisations() {
    EditionConfig config = QuotationTaggerTest.config("edition:", "  editors:", "    - id: ed", "      name: The Editor",
        "regularisations:",
        "  - line: 4", "    orig: \" ’s\"", "    decision: reject",
        "  - line: 5", "    orig: \";\"", "    reg: \"; \"", "    decision: accept",
        "  - line: 5", "    orig: \"again\"", "    reg: \"once more\"", "    decision: accept");
    Transcript t = tag(config, new DiagnosticSink());
    assertEquals(List.of("[ ’t→’t]", "[principle →principle]", "[;→; ]", "[again→once more]",
        "[Construction →Construction]"), regularised(t));
    List<Inline.Regularisation> editors = t.paragraphs().flatMap(p -> p.inlines().stream())
        .filter(i -> i instanceof Inline.Regularisation r && r.decision().resp().equals(new Resp("ed")))
        .map(i -> (Inline.Regularisation) i).toList();
    assertEquals(2, editors.size());
  }

  @Test
  void aConfiguredRegularisationNotInTheTextIsReported() {
    DiagnosticSink sink = new DiagnosticSink();
    tag(QuotationTaggerTest.config("regularisations:", "  - line: 3", "    orig: \"nowhere\"", "    reg: \"x\"",
        "    decision: accept"), sink);
    assertTrue(sink.diagnostics().stream().anyMatch(d -> d.code().equals("SPC001")));
  }
}
