package org.recensio.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.recensio.model.Whitespace;

class TextExporterTest {
  private static final TextExporter EXPORTER = new TextExporter();

  /** A whole TEI document around the given text/body content; its header must never show. */
  private static String tei(String body) {
    return tei("", body, "");
  }

  private static String tei(String front, String body, String back) {
    return "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc>"
        + "<titleStmt><title>HEADER TITLE</title></titleStmt>"
        + "<publicationStmt><p>HEADER PUBLICATION</p></publicationStmt>"
        + "<sourceDesc><p>HEADER SOURCE</p></sourceDesc></fileDesc></teiHeader>\n<text>"
        + (front.isEmpty() ? "" : "<front>" + front + "</front>")
        + "<body>" + body + "</body>"
        + (back.isEmpty() ? "" : "<back>" + back + "</back>")
        + "</text></TEI>";
  }

  private static String export(String tei, View view) throws RenderException {
    return EXPORTER.export(tei.getBytes(UTF_8), "test.tei.xml", view);
  }

  private static Path sampleSpeech() throws URISyntaxException {
    return Path.of(TextExporterTest.class.getResource("/schema-cases/valid/sample-speech.tei.xml").toURI());
  }

  @Test
  void choiceGivesSicAndOrigInDiplomaticAndCorrAndRegInReading() throws Exception {
    String doc = tei("<p>The <choice><sic>teh</sic><corr resp='#recensio' cert='high'>the</corr></choice>"
        + " unions met <choice>\n  <orig>to-day</orig>\n  <reg>today</reg>\n</choice>; an organi"
        + "<choice><corr>z</corr><sic>s</sic></choice>ation.</p>");
    assertEquals("The teh unions met to-day; an organisation.\n", export(doc, View.DIPLOMATIC));
    assertEquals("The the unions met today; an organization.\n", export(doc, View.READING));
  }

  @Test
  void weakHyphenIsKeptInDiplomaticAndDroppedWithTheWordJoinedInReading() throws Exception {
    String doc = tei("<p>the organi<pc force='weak'>-</pc>\n      <lb break='no'/>sation of the\n<lb/>unions,"
        + " self<pc force='strong'>-</pc>criticism</p>");
    assertEquals("the organi-sation of the unions, self-criticism\n", export(doc, View.DIPLOMATIC));
    assertEquals("the organisation of the unions, self-criticism\n", export(doc, View.READING));
  }

  @Test
  void gapGivesNothingInDiplomaticAndAMarkerInReading() throws Exception {
    String doc = tei("<p>But I had no <gap reason='lost' unit='words' quantity='3'/></p>"
        + "<gap reason='lost' unit='paragraph'/><p>Next.</p>");
    assertEquals("But I had no\n\nNext.\n", export(doc, View.DIPLOMATIC));
    assertEquals("But I had no […]\n\n[…]\n\nNext.\n", export(doc, View.READING));
  }

  @Test
  void noteAnchorsNoteLabelsAndNoteParagraphsAreKeptInBothViews() throws Exception {
    String doc = tei("",
        "<p>role in production,<ref type='noteAnchor' target='#n1'>[1]</ref> and here<ptr type='noteAnchor' target='#n4b'/>.</p>",
        "<div type='notes'><note xml:id='n1' n='1' type='editorial'><p><label>[1]</label>See"
            + " <ref type='noteAnchor' target='#n4b'>[4b]</ref>.</p><p>More.</p></note>"
            + "<note xml:id='n4b' n='4b' type='editorial'><p><label>[4b]</label> Last.</p></note></div>");
    String expected = "role in production,[1] and here[4b].\n\n[1] See [4b].\n\nMore.\n\n[4b] Last.\n";
    assertEquals(expected, export(doc, View.DIPLOMATIC));
    assertEquals(expected, export(doc, View.READING));
  }

  @Test
  void stageDelimitersOnRendArePutBackOnlyWhenNotAlreadyInTheText() throws Exception {
    String doc = tei("<div type='speech'><sp who='#lenin'>"
        + "<p>We won. <stage type='audience' rend='parens'>Applause.</stage> And"
        + " <stage type='audience' rend='parens'>(Laughter.)</stage> then"
        + " <stage type='audience' rend='brackets'>Cheers.</stage>"
        + " <stage type='audience'>(Noise.)</stage> <stage type='audience' rend='()'>Cheers,"
        + " <hi>applause</hi></stage></p>"
        + "<stage type='audience' rend='parens'>Prolonged applause.</stage>"
        + "<p>Next.</p></sp></div>");
    String expected = "We won. (Applause.) And (Laughter.) then [Cheers.] (Noise.) (Cheers, applause)\n\n"
        + "(Prolonged applause.)\n\nNext.\n";
    assertEquals(expected, export(doc, View.DIPLOMATIC));
    assertEquals(expected, export(doc, View.READING));
  }

  @Test
  void interjectionWithAQuotationNestedInSaidKeepsEveryWordAndMark() throws Exception {
    String doc = tei("<p>A state <stage type='interjection' rend='parens'>Bukharin :"
        + " <said who='#bukharin'>“What kind of <q>‘workers’ state’</q>?”</said></stage>"
        + " is <soCalled>“pure”</soCalled>; <cit><quote>“all power”</quote>"
        + " <bibl>(Pravda)</bibl></cit>.</p>");
    String expected = "A state (Bukharin : “What kind of ‘workers’ state’?”) is “pure”;"
        + " “all power” (Pravda).\n";
    assertEquals(expected, export(doc, View.DIPLOMATIC));
    assertEquals(expected, export(doc, View.READING));
  }

  @Test
  void quotationMarksOnRendEncloseAQuoteOfTwoParagraphsAndAQuoteInText() throws Exception {
    String doc = tei("<sp><p>He said <q rend='“”'>we shall win</q>.</p>"
        + "<quote rend='“”'><p>A whole quoted paragraph.</p><p>And a second one.</p></quote>"
        + "<cit><quote><p>A cited paragraph.</p></quote><bibl>Pravda, No. 3</bibl></cit></sp>");
    String expected = "He said “we shall win”.\n\n“A whole quoted paragraph.\n\nAnd a second one.”\n\n"
        + "A cited paragraph.\n\nPravda, No. 3\n";
    assertEquals(expected, export(doc, View.DIPLOMATIC));
    assertEquals(expected, export(doc, View.READING));
  }

  @Test
  void handEditedInlineNoteListAndHiDoNotVanish() throws Exception {
    String doc = tei("<p>Some <hi rend='italic'>emph</hi>asis on"
        + " <persName ref='#trotsky'>Trotsky</persName><note place='foot'>An inline <hi>note</hi>.</note>"
        + " on <date when='1920-12-30'>30 December</date> in <placeName>Moscow</placeName>:"
        + "<list><item>first <orgName>RCP</orgName></item><item>second</item></list>after the list.</p>");
    String expected = "Some emphasis on Trotsky An inline note. on 30 December in Moscow:\n\n"
        + "first RCP\n\nsecond\n\nafter the list.\n";
    assertEquals(expected, export(doc, View.DIPLOMATIC));
    assertEquals(expected, export(doc, View.READING));
  }

  @Test
  void frontBodyAndBackComeInDocumentOrderAndTheHeaderNever() throws Exception {
    String doc = tei("<docAuthor>V. I. Lenin</docAuthor><docTitle><titlePart>The\n  Trade  Unions</titlePart></docTitle>",
        "<div><head>Speech</head><p>Comrades,\n\t   I must</p></div>",
        "<div type='notes'><note n='1'><p>A note.</p></note></div>");
    String text = export(doc, View.DIPLOMATIC);
    assertEquals("V. I. Lenin\n\nThe Trade Unions\n\nSpeech\n\nComrades, I must\n\nA note.\n", text);
    assertFalse(text.contains("HEADER"));
  }

  @Test
  void diplomaticExportOfTheSampleSpeechReproducesItsSourceTextModuloWhitespace() throws Exception {
    String source = String.join("\n",
        "V. I. Lenin",
        "The Trade Unions",
        "The Present Situation",
        "And Trotsky’s Mistakes[1]",
        "Speech Delivered At A Joint Meeting",
        "December 30, 1920",
        "First Published: Published in pamphlet form in 1921;Published according to the pamphlet"
            + " text collated with the verbatim report edited by Lenin.",
        "Source: Lenin’s Collected Works, 1st English Edition, Progress Publishers, Moscow, 1965,"
            + " Volume 32, pages 19-42",
        "Comrades, I must first of all apologise. But I had no",
        "the unions’ role in production,[2] organi-",
        "sation. Let me read it to you.",
        "Fifth All-Russia Trade Union Conference (Theses Of Comrade Rudzutak’s Report)",
        "1. Immediately after the October Revolution.",
        "[1] Lenin’s first speech.",
        "Second paragraph.",
        "[2] On its agenda, see [1] and more");
    String text = EXPORTER.export(sampleSpeech(), View.DIPLOMATIC);
    assertEquals(Whitespace.strip(source), Whitespace.strip(text));
  }

  @Test
  void sampleSpeechReadingViewJoinsTheHyphenatedWordAndMarksBothGaps() throws Exception {
    String text = EXPORTER.export(sampleSpeech(), View.READING);
    assertTrue(text.contains("\n\nComrades, I must first of all apologise. But I had no[…]\n\n"), text);
    assertTrue(text.contains("\n\nthe unions’ role in production,[2] organisation. Let me read it to you.\n\n"), text);
    assertTrue(text.endsWith("\n\n[2] On its agenda, see [1] and more[…]\n"), text);
    assertFalse(text.contains("Jane Doe"), text);
  }

  @Test
  void aTreeBuiltByTheSameProcessorExportsLikeItsBytes() throws Exception {
    Processor processor = new Processor(false);
    TextExporter exporter = new TextExporter(processor);
    String doc = tei("<p>one <choice><sic>too</sic><corr>two</corr></choice></p>");
    XdmNode node = processor.newDocumentBuilder()
        .build(new StreamSource(new ByteArrayInputStream(doc.getBytes(UTF_8))));
    assertEquals("one two\n", exporter.export(node, View.READING));
    assertThrows(IllegalArgumentException.class, () -> EXPORTER.export(node, View.READING));
  }

  @Test
  void malformedInputFailsWithLineAndColumn() {
    byte[] bad = "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text><body><p>x</body></text></TEI>".getBytes(UTF_8);
    RenderException e = assertThrows(RenderException.class,
        () -> EXPORTER.export(bad, "bad.tei.xml", View.DIPLOMATIC));
    assertEquals("bad.tei.xml", e.systemId());
    assertEquals(2, e.line());
    assertTrue(e.column() > 0, e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.tei.xml:2:"), e.getMessage());
  }

  @Test
  void aDoctypeIsRefusedNotLoaded() {
    byte[] xxe = ("<!DOCTYPE TEI [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        + "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>&x;</p></body></text></TEI>").getBytes(UTF_8);
    RenderException e = assertThrows(RenderException.class,
        () -> EXPORTER.export(xxe, "xxe.tei.xml", View.DIPLOMATIC));
    assertEquals(1, e.line());
  }

  @Test
  void inputWithoutATeiTextFailsWithCodeExp002() {
    byte[] notTei = "<TEI>\n  <text><body><p>no namespace</p></body></text></TEI>".getBytes(UTF_8);
    RenderException e = assertThrows(RenderException.class,
        () -> EXPORTER.export(notTei, "plain.xml", View.DIPLOMATIC));
    assertEquals("EXP002", e.code());
    assertTrue(e.getMessage().startsWith("plain.xml:1:"), e.getMessage());
  }

  @Test
  void theStylesheetRejectsAnUnknownViewWithCodeExp001() throws Exception {
    Processor processor = new Processor(false);
    XsltExecutable stylesheet = ClasspathStylesheets.compile(processor, TextExporter.STYLESHEET);
    Xslt30Transformer transformer = stylesheet.load30();
    transformer.setErrorReporter(error -> { });
    transformer.setStylesheetParameters(java.util.Map.of(new QName("view"), new XdmAtomicValue("modern")));
    XdmNode doc = processor.newDocumentBuilder()
        .build(new StreamSource(new ByteArrayInputStream(tei("<p>x</p>").getBytes(UTF_8))));
    SaxonApiException e = assertThrows(SaxonApiException.class,
        () -> transformer.applyTemplates(doc, transformer.newSerializer(new StringWriter())));
    assertEquals("EXP001", e.getErrorCode().getLocalName());
    assertEquals(SaxonErrors.RECENSIO_ERRORS, e.getErrorCode().getNamespace());
  }

  @Test
  void aStylesheetThatDoesNotCompileIsReportedWithFileLineAndColumn() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClasspathStylesheets.compile(new Processor(false), "/xslt/render/broken.xsl"));
    assertTrue(e.getMessage().contains("classpath:/xslt/render/broken.xsl:5:"), e.getMessage());
  }

  @Test
  void aStylesheetCannotIncludeAFileOutsideTheXsltFolder() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClasspathStylesheets.compile(new Processor(false), "/xslt/render/escapes-xslt-folder.xsl"));
    assertTrue(e.getMessage().contains("not in the classpath folder xslt/"), e.getMessage());
  }

  @Test
  void oneExporterServesManyThreadsWithTheSameResult() throws Exception {
    Path sample = sampleSpeech();
    String expected = EXPORTER.export(sample, View.READING);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = IntStream.range(0, 16)
          .mapToObj(i -> pool.submit(() -> EXPORTER.export(sample, View.READING)))
          .toList();
      for (Future<String> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
