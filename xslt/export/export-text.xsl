<?xml version="1.0" encoding="UTF-8"?>
<!--
  Plain-text export of a TEI edition: the basis of the nothing-is-lost rule.

  $view = 'diplomatic': the source as transmitted (sic, orig, weak hyphens kept, lines joined,
  no editorial additions, gaps print nothing). Stripped of all whitespace it equals the source
  transcript stripped of all whitespace.
  $view = 'reading': the edited text (corr, reg, hyphenated words joined, gaps marked).
  $witness = a siglum: at each variant place (app), that witness's reading instead of the copy
  text's (diplomatic) or the lemma (reading); the diplomatic export of a witness reproduces it.

  Only text/front, text/body and text/back are exported, in document order; never the teiHeader.
  Blocks are separated by one blank line; inside a block whitespace is normalised.

  How it works: each view is a mode that turns the TEI into a flat sequence of text and two
  markers (block break, join); text-layout.xsl turns that sequence into lines.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:ed-err="urn:recensio:errors"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/errors.xsl"/>
  <xsl:include href="../common/functions.xsl"/>

  <xsl:include href="text-layout.xsl"/>       <!-- markers and the items-to-lines layout -->
  <xsl:include href="text-structure.xsl"/>    <!-- blocks, labels, cells, what is never text -->
  <xsl:include href="text-delimiters.xsl"/>   <!-- ( ) [ ] recorded on @rend put back -->
  <xsl:include href="text-editorial.xsl"/>    <!-- choice, sic/corr, orig/reg, gap -->
  <xsl:include href="text-breaks.xsl"/>       <!-- pc[@force='weak'], lb/pb/cb, space -->
  <xsl:include href="text-notes.xsl"/>        <!-- note anchors, inline notes -->
  <xsl:include href="text-apparatus.xsl"/>    <!-- app: one witness's reading -->

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the unnamed mode only meets the input's root -->
  <xsl:mode on-no-match="shallow-skip"/>
  <!-- the source as transmitted -->
  <xsl:mode name="m:diplomatic" on-no-match="text-only-copy"/>
  <!-- the edited text -->
  <xsl:mode name="m:reading" on-no-match="text-only-copy"/>

  <xsl:template match="document-node() | element()">
    <xsl:variable name="texts" as="element(tei:text)*"
        select="descendant-or-self::tei:text[not(ancestor::tei:text)]"/>
    <xsl:if test="empty($texts)">
      <xsl:sequence select="error($ed-err:no-tei-text,
          'no TEI text element (http://www.tei-c.org/ns/1.0) in the input')"/>
    </xsl:if>
    <xsl:variable name="items" as="item()*">
      <xsl:choose>
        <xsl:when test="$view eq 'diplomatic'">
          <xsl:apply-templates select="$texts" mode="m:diplomatic"/>
        </xsl:when>
        <xsl:when test="$view eq 'reading'">
          <xsl:apply-templates select="$texts" mode="m:reading"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="error($ed-err:unknown-view,
              'unknown view ''' || $view || ''': expected ''diplomatic'' or ''reading''')"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="ed:lay-out-text($items)"/>
  </xsl:template>

</xsl:stylesheet>
