<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition: a TEI edition as XSL-FO, for Apache FOP.

  The book, in order: a title page and, on its verso, the source and the editorial principles
  (front.xsl); the contents (toc.xsl); the text - its opening as printed, the speech, embedded
  documents indented - with the editorial notes as footnotes and an apparatus of emendations at
  the foot of the page (speech.xsl, inline.xsl, notes.xsl, apparatus.xsl), and for a text with
  several witnesses their variants, the apparatus criticus (apparatus-criticus.xsl), listed
  with the witnesses in the front matter; notes that no marker
  calls; the index of persons (index.xsl). PDF bookmarks and metadata come from toc.xsl and
  metadata.xsl; page sizes, running heads and type from page-layout.xsl.

  The text printed is the reading text: corrections and regularisations, hyphenated words
  joined, lost text marked with $gap-marker. The index needs page numbers, which only a layout
  knows: the renderer lays the book out once, then passes $page-of to a second run.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:ed-err="urn:recensio:errors"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/errors.xsl"/>
  <xsl:include href="../common/functions.xsl"/>

  <xsl:include href="page-layout.xsl"/>   <!-- page masters, running heads, type -->
  <xsl:include href="metadata.xsl"/>      <!-- XMP: title, author, language -->
  <xsl:include href="front.xsl"/>         <!-- title page, source and principles, opening -->
  <xsl:include href="toc.xsl"/>           <!-- contents and bookmarks -->
  <xsl:include href="speech.xsl"/>        <!-- divisions, heads, paragraphs, embedded documents -->
  <xsl:include href="inline.xsl"/>        <!-- stage, quotations, names, hi, gaps, hyphens -->
  <xsl:include href="notes.xsl"/>         <!-- footnotes -->
  <xsl:include href="apparatus.xsl"/>     <!-- emendations at the foot of the page -->
  <xsl:include href="apparatus-criticus.xsl"/> <!-- the witnesses' variants at the foot of the page -->
  <xsl:include href="index.xsl"/>         <!-- index of persons -->

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- the unnamed mode only meets the input's root -->
  <xsl:mode on-no-match="shallow-skip" use-accumulators="#all"/>
  <!-- TEI text to FO; an element without a rule still prints its text -->
  <xsl:mode name="m:fo" on-no-match="text-only-copy"/>
  <!-- a note as a footnote body, and the notes its text calls -->
  <xsl:mode name="m:footnote" on-no-match="shallow-skip"/>
  <!-- the parts of the book, each from the TEI element it starts at -->
  <xsl:mode name="m:metadata" on-no-match="shallow-skip"/>
  <xsl:mode name="m:title-page" on-no-match="shallow-skip"/>
  <xsl:mode name="m:contents" on-no-match="shallow-skip"/>
  <xsl:mode name="m:text" on-no-match="shallow-skip"/>
  <xsl:mode name="m:index" on-no-match="shallow-skip"/>
  <!-- at an emendation: the apparatus entry of its paragraph, once per paragraph -->
  <xsl:mode name="m:apparatus-call" on-no-match="shallow-skip"/>
  <!-- a choice as an apparatus entry: lemma] printed form -->
  <xsl:mode name="m:apparatus" on-no-match="shallow-skip"/>
  <!-- a variant place (app) or one of its readings as an entry of the apparatus criticus -->
  <xsl:mode name="m:criticus" on-no-match="shallow-skip"/>
  <!-- the plain reading text of an element (bookmarks, running heads, lemmata) -->
  <xsl:mode name="m:plain" on-no-match="text-only-copy"/>
  <!-- entries of the contents and the bookmark tree -->
  <xsl:mode name="m:toc" on-no-match="shallow-skip"/>
  <xsl:mode name="m:bookmark" on-no-match="shallow-skip"/>
  <!-- the header's source description and editorial declaration -->
  <xsl:mode name="m:header" on-no-match="text-only-copy"/>

  <xsl:template match="document-node() | element()">
    <xsl:variable name="tei" as="element(tei:TEI)?" select="descendant-or-self::tei:TEI[tei:text][1]"/>
    <xsl:if test="empty($tei)">
      <xsl:sequence select="error($ed-err:no-tei-text,
          'no TEI text element (http://www.tei-c.org/ns/1.0) in the input')"/>
    </xsl:if>
    <fo:root xsl:use-attribute-sets="edp:root" xml:lang="{edp:language($tei)}"
        language="{edp:language($tei)}">
      <xsl:call-template name="edp:layout-master-set"/>
      <xsl:apply-templates select="$tei" mode="m:metadata"/>
      <xsl:apply-templates select="$tei" mode="m:bookmark"/>
      <xsl:apply-templates select="$tei" mode="m:title-page"/>
      <xsl:apply-templates select="$tei" mode="m:contents"/>
      <xsl:apply-templates select="$tei/tei:text" mode="m:text"/>
      <xsl:apply-templates select="$tei" mode="m:index"/>
    </fo:root>
  </xsl:template>

  <!-- The document's language: TEI/@xml:lang, else its first langUsage language, else English. -->
  <xsl:function name="edp:language" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string(($tei/@xml:lang, $tei/tei:teiHeader/tei:profileDesc/tei:langUsage
        /tei:language/@ident, 'en')[normalize-space()][1])"/>
  </xsl:function>

  <!-- An FO id for a TEI element, the same on every run: from its xml:id, else its position. -->
  <xsl:function name="edp:id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if ($element/@xml:id) then 'x-' || $element/@xml:id
        else 'g-' || string-join((if (root($element) instance of document-node())
          then ($element ! accumulator-before('edp:element-path'))[position() lt last()] ! string(.)
          else $element/ancestor-or-self::* ! string(count(preceding-sibling::*) + 1)), '-')"/>
  </xsl:function>

  <!-- At an element: the positions among their element siblings of it and its ancestors (as
       count(preceding-sibling::*) + 1 would give them), then the number of its element
       children seen so far, 0 (edp:id without walking the siblings of each ancestor). -->
  <xsl:accumulator name="edp:element-path" as="xs:integer+" initial-value="0">
    <xsl:accumulator-rule match="*" phase="start"
        select="$value[position() lt last()], $value[last()] + 1, 0"/>
    <xsl:accumulator-rule match="*" phase="end" select="$value[position() lt last()]"/>
  </xsl:accumulator>

</xsl:stylesheet>
