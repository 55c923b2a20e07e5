<?xml version="1.0" encoding="UTF-8"?>
<!--
  An embedded document (floatingText: a resolution, theses read out in the speech) is set off
  as a document of its own: a section with a kicker ("Document read out"), its own heading, and
  its numbered units (div[@type='unit'][@n]), each an anchor of its own (#doc1-unit-3).
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

  <xsl:key name="edp:floating-texts" match="tei:floatingText" use="'all'"/>

  <!-- An embedded document's HTML id: its xml:id, else doc1, doc2 … in document order. -->
  <xsl:function name="edp:document-id" as="xs:string">
    <xsl:param name="floating" as="element(tei:floatingText)"/>
    <xsl:variable name="root" as="node()" select="root($floating)"/>
    <xsl:sequence select="string(($floating/@xml:id, 'doc' || (if ($root instance of document-node())
        then ed:rank(key('edp:floating-texts', 'all', $root), $floating)
        else count($floating/preceding::tei:floatingText | $floating/ancestor::tei:floatingText) + 1))[1])"/>
  </xsl:function>

  <xsl:template match="tei:floatingText" mode="m:html">
    <xsl:variable name="id" as="xs:string" select="edp:document-id(.)"/>
    <xsl:variable name="head" as="element()?" select="tei:front/(tei:head | tei:docTitle)[1]"/>
    <section class="embedded embedded-{ed:slug((@type, 'document')[1])}" id="{$id}"
        aria-labelledby="{$id}-h">
      <p class="embedded-kicker">Document read out in the text</p>
      <xsl:element name="h{edp:heading-level(.)}">
        <xsl:attribute name="id" select="$id || '-h'"/>
        <xsl:attribute name="class" select="'embedded-head'"/>
        <xsl:choose>
          <xsl:when test="exists($head)">
            <xsl:apply-templates select="$head/node()" mode="#current"/>
          </xsl:when>
          <xsl:otherwise>Embedded document</xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <xsl:apply-templates select="tei:front/(* except $head)" mode="#current"/>
      <xsl:apply-templates select="tei:body, tei:back" mode="#current"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:floatingText//tei:div[@type = 'unit']" mode="m:html" priority="1">
    <div class="unit" data-n="{@n}">
      <xsl:if test="@n">
        <xsl:attribute name="id"
            select="edp:document-id(ancestor::tei:floatingText[1]) || '-unit-' || ed:slug(@n)"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
