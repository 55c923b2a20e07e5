package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** notes.xsl on xslt/html/notes.tei.xml. */
class NotesTest {
  private static final String PAGE = "notes.html";
  private static HtmlPages site;

  @BeforeAll
  static void render() throws Exception {
    site = HtmlPages.ofFragment("notes");
  }

  @Test
  void anchorIsAnAccessibleLinkToItsNote() {
    String a = "//h:p[@id='p1']/h:a[@id='ref-n1']";
    assertEquals("#n1", site.string(PAGE, a + "/@href"));
    assertEquals("doc-noteref", site.string(PAGE, a + "/@role"));
    assertEquals("Note 1", site.string(PAGE, a + "/@aria-label"));
    assertEquals("[1]", site.string(PAGE, a));
  }

  @Test
  void ptrWithoutTextShowsItsNotesNumber() {
    assertEquals("[4b]", site.string(PAGE, "//h:a[@id='ref-n2']"));
  }

  @Test
  void noteListsABacklinkForEveryAnchorIncludingOneInAnotherNote() {
    String note = "//h:section[@id='notes']//h:li[@id='n1']";
    assertEquals(2, site.count(PAGE, note + "//h:a[@class='backlink']"));
    assertEquals("#ref-n1", site.string(PAGE, "(" + note + "//h:a[@class='backlink'])[1]/@href"));
    assertEquals("#ref-n1-2", site.string(PAGE, "(" + note + "//h:a[@class='backlink'])[2]/@href"));
    assertTrue(site.exists(PAGE, "//h:li[@id='n2']//h:a[@id='ref-n1-2'][@href='#n1']"));
    assertEquals(2, site.count(PAGE, note + "/h:div[@class='note-body']/h:p"));
  }

  @Test
  void noteInTheTextLeavesAMarkerAndIsListedWithTheNotes() {
    assertEquals("[a]", site.string(PAGE, "//h:p[@id='p1']/h:a[@id='ref-note-1']"));
    assertEquals("An editor’s remark.", site.seen(PAGE, "//h:li[@id='note-1']/h:div[@class='note-body']", "reading")
        .replace("[a] ", ""));
    assertEquals("#ref-note-1", site.string(PAGE, "//h:li[@id='note-1']//h:a[@class='backlink']/@href"));
  }

  @Test
  void anchorWithoutANoteStaysAsTextNotALink() {
    assertEquals("[9]", site.string(PAGE, "//h:span[@class='noteref noteref-unlinked']"));
  }
}
