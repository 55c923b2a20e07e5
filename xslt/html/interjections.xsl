<?xml version="1.0" encoding="UTF-8"?>
<!--
  What others say or do during the speech. A stage direction is set apart typographically and
  labelled for screen readers ("Audience reaction:", "Interjection by Bukharin:"); it is a p when
  it stands between paragraphs and a span inside one. Its delimiters, recorded on @rend, are put
  back as text. The reactions it records (@ana into the header's taxonomy) become classes
  (reaction-applause) and a tooltip. said is speech: its speaker links to the index of names.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:stage" mode="m:html">
    <xsl:variable name="reactions" as="element()*" select="ed:pointed(., @ana)"/>
    <xsl:element name="{if (ed:is-block(.)) then 'p' else 'span'}">
      <xsl:attribute name="class" select="'stage', @type ! ('stage-' || ed:slug(.)),
          $reactions ! ('reaction-' || ed:slug(@xml:id))"/>
      <xsl:if test="exists($reactions)">
        <xsl:attribute name="title" select="string-join($reactions ! edp:category-label(.), ', ')"/>
      </xsl:if>
      <span class="visually-hidden">{edp:stage-label(.)} </span>
      <xsl:sequence select="edp:delimited(., edp:apply-html(.))"/>
    </xsl:element>
  </xsl:template>

  <!-- What a screen reader says before a stage direction. -->
  <xsl:function name="edp:stage-label" as="xs:string">
    <xsl:param name="stage" as="element(tei:stage)"/>
    <xsl:variable name="speakers" as="xs:string*" select="distinct-values((
        $stage//tei:said/ed:pointed(., @who), $stage//tei:persName/ed:pointed(., @ref))
        ! ed:entity-name(.))"/>
    <xsl:sequence select="
        if ($stage/@type eq 'audience') then 'Audience reaction:'
        else if ($stage/@type eq 'interjection')
          then 'Interjection' || (if (exists($speakers))
            then ' by ' || string-join($speakers, ' and ') else '') || ':'
        else 'Stage direction:'"/>
  </xsl:function>

  <!-- A category of the taxonomy by its description, e.g. "applause". -->
  <xsl:function name="edp:category-label" as="xs:string">
    <xsl:param name="category" as="element()"/>
    <xsl:sequence select="normalize-space(string(($category/tei:catDesc, $category/@xml:id)[1]))"/>
  </xsl:function>

  <xsl:function name="edp:apply-html" as="node()*">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element/node()" mode="m:html"/>
  </xsl:function>

  <xsl:template match="tei:said" mode="m:html">
    <xsl:variable name="who" as="element()*" select="ed:pointed(., @who)"/>
    <span class="said{if (@direct eq 'false') then ' said-indirect' else ''}">
      <xsl:if test="exists($who)">
        <xsl:attribute name="id" select="ed:occurrence-id(.)"/>
        <xsl:attribute name="title" select="'Said by ' || string-join($who ! ed:entity-name(.), ', ')"/>
      </xsl:if>
      <xsl:sequence select="edp:delimited(., edp:apply-html(.))"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
