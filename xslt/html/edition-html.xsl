<?xml version="1.0" encoding="UTF-8"?>
<!--
  The static HTML edition: TEI in, a folder of pages out (xsl:result-document, hrefs relative
  to the site's root), valid HTML5 in XHTML syntax, working from file:// without a server.

  Two entry points:
  - apply-templates to one TEI document (with $base-name): that text's reading page
    <base-name>.html and its "About this edition" page <base-name>-about.html, and for a text
    with a critical apparatus its witness list <base-name>-witnesses.html;
  - the initial template (with $texts and $base-names): the pages about all texts: the landing
    page index.html, the index of names persons.html, search.html and assets/search-index.js.

  Both views of the text are in each text page: wherever they differ (choice, weak hyphens),
  the reading form is in an element of class v-reading and the diplomatic one in v-diplomatic;
  a checkbox (CSS only) or, with JavaScript, a toggle button shows one or the other.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:ed-err="urn:recensio:errors"
    xmlns:m="urn:recensio:modes"
    xmlns:mp="urn:recensio:modes:private"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/errors.xsl"/>
  <xsl:include href="../common/functions.xsl"/>

  <xsl:include href="html-functions.xsl"/>  <!-- ids, delimiters, links: helpers of the modules -->
  <xsl:include href="layout.xsl"/>          <!-- the page shell: head, banner, navigation, footer -->
  <xsl:include href="text-page.xsl"/>       <!-- one text: view switch, article, how to cite -->
  <xsl:include href="front.xsl"/>           <!-- title page: author, titles, date, source lines -->
  <xsl:include href="speech.xsl"/>          <!-- divisions, sections, sp and speaker, paragraphs -->
  <xsl:include href="interjections.xsl"/>   <!-- stage: audience reactions, interjections; said -->
  <xsl:include href="quotes.xsl"/>          <!-- q, quote, cit and bibl, soCalled -->
  <xsl:include href="notes.xsl"/>           <!-- note anchors, inline notes, the notes section -->
  <xsl:include href="editorial.xsl"/>       <!-- choice (sic/corr, orig/reg), gap, pc and lb -->
  <xsl:include href="apparatus.xsl"/>       <!-- app: variants, witness switch, witnesses page -->
  <xsl:include href="names.xsl"/>           <!-- persName, orgName, placeName, date -->
  <xsl:include href="embedded.xsl"/>        <!-- floatingText and its numbered units -->
  <xsl:include href="phrases.xsl"/>         <!-- hi, list, label, title, anything else -->
  <xsl:include href="about.xsl"/>           <!-- "About this edition" from the teiHeader -->
  <xsl:include href="index-persons.xsl"/>   <!-- index of names with every occurrence -->
  <xsl:include href="landing.xsl"/>         <!-- the landing page: every text of the edition -->
  <xsl:include href="search-index.xsl"/>    <!-- assets/search-index.js and search.html -->

  <!-- pages: HTML5 in XHTML syntax, so that tests (and anyone) can parse them as XML -->
  <xsl:output name="ed:page" method="xhtml" html-version="5" encoding="UTF-8" indent="no"
      omit-xml-declaration="yes" include-content-type="no"/>
  <!-- scripts generated at build time -->
  <xsl:output name="ed:script" method="text" encoding="UTF-8"/>

  <!-- the unnamed mode only meets the input's root -->
  <xsl:mode on-no-match="shallow-skip"/>
  <!-- the text of the edition as HTML, both views inline -->
  <xsl:mode name="m:html" on-no-match="text-only-copy"/>
  <!-- the reading view as plain text (page titles, search index, index labels) -->
  <xsl:mode name="m:plain" on-no-match="text-only-copy"/>
  <!-- a note as an item of the notes section -->
  <xsl:mode name="m:note" on-no-match="shallow-skip"/>
  <!-- a variant place (app) as an entry of the section "Variants" -->
  <xsl:mode name="m:variant" on-no-match="shallow-skip"/>
  <!-- the teiHeader as the "About this edition" page -->
  <xsl:mode name="m:about" on-no-match="text-only-copy"/>
  <!-- an entry of the index of names (called on one header entry per group) -->
  <xsl:mode name="mp:index-entry" on-no-match="fail"/>
  <!-- TEI attributes that carry over to HTML (xml:lang) -->
  <xsl:mode name="m:attributes" on-no-match="shallow-skip"/>

  <xsl:template match="document-node()">
    <xsl:if test="empty(tei:TEI/tei:text)">
      <xsl:sequence select="error($ed-err:no-tei-text,
          'no TEI text element (http://www.tei-c.org/ns/1.0) in the input')"/>
    </xsl:if>
    <xsl:if test="$base-name eq ''">
      <xsl:sequence select="error($ed-err:no-base-name, 'no $base-name for the text page')"/>
    </xsl:if>
    <xsl:call-template name="ed:text-page"/>
    <xsl:call-template name="ed:about-page"/>
    <xsl:if test="ed:has-apparatus(.)">
      <xsl:call-template name="ed:witnesses-page"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="xsl:initial-template">
    <xsl:if test="count($texts) ne count($base-names)">
      <xsl:sequence select="error($ed-err:no-base-name,
          count($texts) || ' texts but ' || count($base-names) || ' base names')"/>
    </xsl:if>
    <xsl:call-template name="ed:landing-page"/>
    <xsl:call-template name="ed:persons-page"/>
    <xsl:call-template name="ed:search-page"/>
    <xsl:call-template name="ed:search-index"/>
  </xsl:template>

</xsl:stylesheet>
