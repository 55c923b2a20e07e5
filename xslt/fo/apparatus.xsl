<?xml version="1.0" encoding="UTF-8"?>
<!--
  The apparatus of emendations: for each paragraph with corrections (choice/corr) or
  regularisations (choice/reg), one entry at the foot of the page where its first emendation
  stands, keyed by the paragraph number: "12 Central] Centrai; control] controI" - the reading
  of this edition, a square bracket, the form printed in the source. Emendations inside a note
  are listed at the end of that note's footnote. In a text with a critical apparatus the
  footnote stands at the paragraph's first emendation or variant, and the paragraph's line of
  the apparatus criticus (apparatus-criticus.xsl) comes first in it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <!-- The printed and the edited reading of each kind of choice: (printed, edited). -->
  <xsl:variable name="edp:choice-pairs" as="array(xs:string)*" select="['sic', 'corr'], ['orig', 'reg']"/>

  <!-- The choices of the block around $choice that the apparatus lists: not a regularisation of
       spacing alone ("laughter " → "laughter"), which would print as "laughter] laughter". -->
  <xsl:function name="edp:emendations" as="element(tei:choice)*">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="$block//tei:choice[tei:corr or tei:reg][empty(ancestor::tei:rdg)]
        [ancestor::*[ed:is-block(.)][1] is $block or ancestor::tei:note[1] is $block]
        [not(tei:reg and edp:unspaced(tei:orig) eq edp:unspaced(tei:reg))]"/>
  </xsl:function>

  <!-- The text of $element without any whitespace. -->
  <xsl:function name="edp:unspaced" as="xs:string">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="replace(string($element), '\s', '')"/>
  </xsl:function>

  <!-- Where a block's apparatus footnote stands: at its first emendation or printed variant
       (apparatus-criticus.xsl), whichever comes first. -->
  <xsl:function name="edp:apparatus-anchor" as="element()?">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="(edp:emendations($block) | edp:variant-places($block))[1]"/>
  </xsl:function>

  <!-- at the first emendation of a block outside the notes: the block's apparatus entry -->
  <xsl:template match="tei:choice[tei:corr or tei:reg][empty(ancestor::tei:note)]" mode="m:apparatus-call">
    <xsl:variable name="block" as="element()" select="ancestor::*[ed:is-block(.)][1]"/>
    <xsl:if test="edp:apparatus-anchor($block) is .">
      <xsl:call-template name="edp:apparatus-footnote">
        <xsl:with-param name="block" select="$block"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The apparatus footnote of a block: its variants (the apparatus criticus), then its
       emendations, each a line keyed by the paragraph number. -->
  <xsl:template name="edp:apparatus-footnote">
    <xsl:param name="block" as="element()" required="yes"/>
    <fo:footnote>
      <!-- no mark in the text; not an empty inline, which FOP cannot hyphenate around -->
      <fo:inline><xsl:sequence select="$edp:nothing"/></fo:inline>
      <fo:footnote-body>
        <xsl:call-template name="edp:criticus-entry">
          <xsl:with-param name="block" select="$block"/>
        </xsl:call-template>
        <xsl:if test="exists(edp:emendations($block))">
          <fo:block id="apparatus-{edp:id($block)}" xsl:use-attribute-sets="edp:footnote">
            <xsl:for-each select="ed:paragraph-number($block)">
              <fo:inline font-weight="bold"><xsl:value-of select="."/></fo:inline>
              <xsl:text>&#x2002;</xsl:text>
            </xsl:for-each>
            <xsl:for-each select="edp:emendations($block)">
              <xsl:if test="position() gt 1">; </xsl:if>
              <xsl:apply-templates select="." mode="m:apparatus"/>
            </xsl:for-each>
          </fo:block>
        </xsl:if>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- a note's emendations, at the end of its footnote -->
  <xsl:template name="edp:note-apparatus">
    <xsl:variable name="choices" as="element(tei:choice)*" select="edp:emendations(.)"/>
    <xsl:if test="exists($choices)">
      <fo:block space-before="1pt">
        <fo:inline font-style="italic">Emended: </fo:inline>
        <xsl:for-each select="$choices">
          <xsl:if test="position() gt 1">; </xsl:if>
          <xsl:apply-templates select="." mode="m:apparatus"/>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- one entry: lemma] printed form -->
  <xsl:template match="tei:choice" mode="m:apparatus">
    <xsl:variable name="choice" as="element(tei:choice)" select="."/>
    <xsl:variable name="pair" as="array(xs:string)?" select="$edp:choice-pairs
        [let $pair := . return exists($choice/*[local-name() eq $pair?2])][1]"/>
    <xsl:variable name="printed" as="xs:string" select="edp:reading($choice, $pair?1)"/>
    <xsl:value-of select="edp:reading($choice, $pair?2)"/>
    <xsl:text>] </xsl:text>
    <fo:inline font-style="italic">
      <xsl:value-of select="if ($printed ne '') then $printed else 'not in the source'"/>
    </fo:inline>
  </xsl:template>

  <!-- The plain text of the $name child of $choice (sic, corr, orig, reg). -->
  <xsl:function name="edp:reading" as="xs:string">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="normalize-space(string-join($choice/*[local-name() eq $name]/node() ! edp:plain(.)))"/>
  </xsl:function>

  <xsl:template match="node()" mode="m:apparatus-call"/>

</xsl:stylesheet>
