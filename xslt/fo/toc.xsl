<?xml version="1.0" encoding="UTF-8"?>
<!--
  The contents page and the PDF bookmarks, from one list of entries: the source and editorial
  principles, the text (its short title), its section heads and embedded documents, the notes no
  marker calls, the index of persons. Page numbers are FO citations, resolved by the layout.
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

  <!-- The entries: edp:entry elements with @id (the FO id they point at), @level (1 or 2) and
       the label as text. -->
  <xsl:function name="edp:toc-entries" as="element(edp:entry)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <edp:entry id="principles-start" level="1">Source and editorial principles</edp:entry>
    <edp:entry id="text-start" level="1"><xsl:value-of select="edp:short-title($tei)"/></edp:entry>
    <xsl:apply-templates select="$tei/tei:text/tei:body" mode="m:toc"/>
    <xsl:if test="exists(edp:unplaced-notes($tei))">
      <edp:entry id="other-notes" level="1">Notes without a marker in the text</edp:entry>
    </xsl:if>
    <xsl:if test="exists(edp:index-entries($tei))">
      <edp:entry id="index" level="1">Index of persons</edp:entry>
    </xsl:if>
  </xsl:function>

  <xsl:template match="tei:div[tei:head] | tei:floatingText" mode="m:toc">
    <edp:entry id="{edp:id(.)}" level="2">
      <xsl:value-of select="normalize-space(edp:plain((tei:head, tei:front/tei:head)[1]))"/>
    </edp:entry>
    <xsl:apply-templates mode="m:toc"/>
  </xsl:template>

  <xsl:template match="tei:floatingText[empty(tei:front/tei:head)]" mode="m:toc"/>

  <xsl:template match="tei:TEI" mode="m:contents">
    <xsl:call-template name="edp:page-sequence">
      <xsl:with-param name="id" select="'contents'"/>
      <xsl:with-param name="format" select="'i'"/>
      <xsl:with-param name="verso-head" select="edp:running-author(.)"/>
      <xsl:with-param name="recto-head" select="'Contents'"/>
      <xsl:with-param name="content" as="element()*">
        <fo:block font-size="12pt" letter-spacing="0.1em" text-transform="uppercase"
            text-align="center" space-after="12mm">Contents</fo:block>
        <xsl:for-each select="edp:toc-entries(.)">
          <fo:block text-align-last="justify" hyphenate="false"
              start-indent="{if (@level eq '1') then '0mm' else '6mm'}" end-indent="10mm"
              last-line-end-indent="-10mm"
              space-before="{if (@level eq '1') then '5pt' else '1pt'}">
            <fo:basic-link internal-destination="{@id}">
              <xsl:value-of select="."/>
              <fo:leader leader-pattern="dots" leader-pattern-width="4pt"/>
              <fo:page-number-citation ref-id="{@id}"/>
            </fo:basic-link>
          </fo:block>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="m:bookmark">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="title-page">
        <fo:bookmark-title><xsl:value-of select="ed:document-title(.)"/></fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="contents">
        <fo:bookmark-title>Contents</fo:bookmark-title>
      </fo:bookmark>
      <xsl:variable name="entries" as="element(edp:entry)*" select="edp:toc-entries(.)"/>
      <xsl:for-each-group select="$entries" group-starting-with="edp:entry[@level eq '1']">
        <fo:bookmark internal-destination="{@id}">
          <fo:bookmark-title><xsl:value-of select="."/></fo:bookmark-title>
          <xsl:for-each select="current-group()[@level eq '2']">
            <fo:bookmark internal-destination="{@id}">
              <fo:bookmark-title><xsl:value-of select="."/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark>
      </xsl:for-each-group>
    </fo:bookmark-tree>
  </xsl:template>

</xsl:stylesheet>
