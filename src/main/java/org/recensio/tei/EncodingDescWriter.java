package org.recensio.tei;

import java.util.Map;
import org.recensio.model.Counts;
import org.recensio.model.Layout;
import org.recensio.model.ReactionTaxonomy;
import org.recensio.xml.SecureXml;

/**
 * Writes encodingDesc: the application, the editorial policies actually applied (with this
 * document's figures), and the true element counts of the text.
 */
final class EncodingDescWriter {
  private final XmlSink out;
  private final BuildInfo build;
  private final Layout layout;
  private final Counts facts;

  EncodingDescWriter(XmlSink out, BuildInfo build, Layout layout, Counts facts) {
    this.out = out;
    this.build = build;
    this.layout = layout;
    this.facts = facts;
  }

  /** The apparatus's figures: how many witnesses, the copy text's siglum, places by type. */
  record Apparatus(int witnesses, String copyText, Map<String, Integer> placesByType) {}

  void write(Map<String, Integer> tagCounts) {
    write(tagCounts, java.util.Optional.empty());
  }

  void write(Map<String, Integer> tagCounts, java.util.Optional<Apparatus> apparatus) {
    out.newline(2);
    out.start("encodingDesc");
    appInfo();
    editorialDecl(apparatus);
    apparatus.ifPresent(a -> {
      out.newline(3);
      out.empty("variantEncoding");
      out.attr("method", "parallel-segmentation");
      out.attr("location", "internal");
    });
    tagsDecl(tagCounts);
    classDecl();
    out.newline(2);
    out.end();
  }

  private void appInfo() {
    out.newline(3);
    out.start("appInfo");
    out.newline(4);
    out.start("application");
    out.attr("ident", "recensio");
    out.attr("version", build.version());
    out.newline(5);
    out.start("label");
    out.text("Recensio");
    out.end();
    out.newline(4);
    out.end();
    out.newline(3);
    out.end();
  }

  private void editorialDecl(java.util.Optional<Apparatus> apparatus) {
    out.newline(3);
    out.start("editorialDecl");
    policy("correction", "The text is not corrected in this encoding: what the source prints is kept.");
    policy("normalization", "Line breaks of the transcript are not kept: the hard-wrapped lines of each paragraph are "
        + "joined with one space. Whitespace is normalised; no other character is changed. A character that XML "
        + "cannot hold (a control character) is kept as g[@type='control'] with its code point in @n.");
    policy("quotation", "Quotations are marked by function: quote for words from a document (in cit with its bibl "
        + "when a reference follows), said for speech reported, soCalled for scare quotes, q otherwise; a quoted "
        + "paragraph is a block quote holding its p. The marks are recorded as printed on @rend (open and close, "
        + "e.g. “” or ’’, and a closer printed as an opener as ““), nested quotations nest; they stay text inside "
        + "the element where elision dots follow the closer, where a quotation runs over several paragraphs (one "
        + "element per paragraph, the opener printed on each, the closer on the last) or breaks off with lost text. "
        + "Apostrophes are not quotation marks. Unpaired marks stay text. @resp and @cert say who chose the element.");
    out.newline(4);
    out.start("hyphenation");
    out.attr("eol", facts.hyphensJoined() > 0 ? "some" : "none");
    out.newline(5);
    out.start("p");
    out.text("A line-end hyphen is kept and marked with lb[@break='no']; it is marked pc[@force='weak'] (the hyphen "
        + "only splits a word) where the joined word is attested elsewhere in the text or the editor said so. In "
        + "this text: " + facts.hyphensJoined() + " joined, " + facts.hyphensKept() + " kept.");
    out.end();
    out.newline(4);
    out.end();
    policy("segmentation", "Layout detected as '" + layout.kind().label() + "'"
        + (layout.wrapWidth() > 0 ? ", wrapped at " + layout.wrapWidth() + " characters" : "")
        + ". A paragraph ends where the next line's first word would have fitted on the line, at a larger blank "
        + "run, or before a numbered unit or note label; each p holds one source paragraph ("
        + facts.bodyParagraphs() + " in the speech, " + facts.embeddedParagraphs() + " in embedded documents, "
        + facts.noteParagraphs() + " in " + facts.notes() + " notes); " + facts.headings() + " section headings.");
    policy("interpretation", "Note markers are linked to their notes (" + facts.markersLinked() + " links). "
        + "A paragraph that breaks off mid-sentence before a larger blank run or at the end of the file is marked "
        + "gap[@reason='lost'] (" + facts.gaps() + "). Numbered units read out in the speech are encoded as "
        + "floatingText (" + facts.embeddedUnits() + " units). Decisions taken by the builder carry "
        + "@resp='#recensio'; " + facts.editorDecisions() + " decisions come from the editor's configuration and "
        + "carry the editor's @resp.");
    apparatus.ifPresent(this::apparatusPolicy);
    out.newline(3);
    out.end();
  }

  /** How the variants of the apparatus were found and classified. */
  private void apparatusPolicy(Apparatus a) {
    int places = a.placesByType().values().stream().mapToInt(Integer::intValue).sum();
    policy("interpretation", "Critical apparatus: " + (a.witnesses() - 1) + " witnesses collated against the copy text ("
        + a.copyText() + "), in parallel segmentation (app, lem, rdg in place). Each witness is aligned to the copy "
        + "text paragraph by paragraph (paragraphs split, merged, added or lost allowed), then word by word with "
        + "CollateX (Needleman-Wunsch). Words are compared after normalising case, quotation-mark glyphs, dashes, "
        + "hyphenation and whitespace; any difference in print (whitespace aside) is recorded, so every witness can "
        + "be read from this file. Variants are classified on rdg/@type, app/@type giving the most significant: "
        + "substantive (other words), transposition (the same words reordered), omission (the witness lacks words "
        + "of the copy text), addition (the witness has words the copy text lacks), paragraphing (the witness "
        + "starts a paragraph: milestone[@unit='paragraph']), orthographic (the same words after case, -ise/-ize, "
        + "-our/-or, -re/-er, hyphenation and apostrophe glyphs are folded), punctuation (only punctuation "
        + "differs). The lemma is the copy text; where the editor chose another witness's reading, lem holds it "
        + "with the editor's @resp and the copy text is an rdg. Variant places widen to whole words and to "
        + "whole names, dates, note anchors and emendations, so that they nest with the other markup. In this "
        + "text: " + places + " variant places" + (places == 0 ? "" : " (" + String.join(", ",
        a.placesByType().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()) + ")") + ".");
  }

  private void policy(String name, String text) {
    out.newline(4);
    out.start(name);
    out.newline(5);
    out.start("p");
    out.text(text);
    out.end();
    out.newline(4);
    out.end();
  }

  /** The taxonomy of audience reactions, grouped under the ParlaMint element each maps onto. */
  private void classDecl() {
    out.newline(3);
    out.start("classDecl");
    out.newline(4);
    out.start("taxonomy");
    out.xmlAttr("id", "reactions");
    for (String element : ReactionTaxonomy.PARLAMINT_ELEMENTS) {
      out.newline(5);
      out.start("category");
      out.xmlAttr("id", "parlamint-" + element);
      leaf(6, "catDesc", "Reactions exported to ParlaMint as " + element);
      for (ReactionTaxonomy.Category c : ReactionTaxonomy.DEFAULT.under(element)) {
        out.newline(6);
        out.start("category");
        out.xmlAttr("id", c.id());
        leaf(7, "catDesc", c.description() + " (ParlaMint: " + element + "[@type='" + c.parlaMintType() + "'])");
        out.newline(6);
        out.end();
      }
      out.newline(5);
      out.end();
    }
    out.newline(4);
    out.end();
    out.newline(3);
    out.end();
  }

  private void leaf(int depth, String name, String text) {
    out.newline(depth);
    out.start(name);
    out.text(text);
    out.end();
  }

  private void tagsDecl(Map<String, Integer> counts) {
    out.newline(3);
    out.start("tagsDecl");
    out.newline(4);
    out.start("namespace");
    out.attr("name", SecureXml.TEI_NS);
    counts.forEach((gi, n) -> {
      out.newline(5);
      out.empty("tagUsage");
      out.attr("gi", gi);
      out.attr("occurs", Integer.toString(n));
    });
    out.newline(4);
    out.end();
    out.newline(3);
    out.end();
  }
}
