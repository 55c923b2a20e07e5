<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block structure of the text export, the same in both views: what is a block (ed:is-block),
  labels, table cells and the parts of a cit kept apart from their neighbours, and the few TEI elements inside
  text that carry no source text at all. Everything else is inline and gives its text
  (the modes' on-no-match="text-only-copy").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <!-- A block is framed by breaks; what it gives comes from the lower-priority rules. -->
  <xsl:template match="*[ed:is-block(.)]" mode="m:diplomatic m:reading" priority="3">
    <xsl:sequence select="$edp:block-break"/>
    <xsl:next-match/>
    <xsl:sequence select="$edp:block-break"/>
  </xsl:template>

  <!-- "1." or "[2]" before the text it labels: kept, and never glued to that text. -->
  <xsl:template match="tei:label" mode="m:diplomatic m:reading">
    <xsl:apply-templates mode="#current"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- a quotation and its source: never glued together -->
  <xsl:template match="tei:cit" mode="m:diplomatic m:reading">
    <xsl:for-each select="node()">
      <xsl:if test="self::* and preceding-sibling::*">
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates select="." mode="#current"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:cell" mode="m:diplomatic m:reading">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="#current"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Analysis and linking elements hold the editor's interpretation, not source text. -->
  <xsl:template match="tei:interp | tei:interpGrp | tei:span | tei:spanGrp | tei:link
      | tei:linkGrp | tei:alt | tei:altGrp | tei:join | tei:joinGrp | tei:timeline"
      mode="m:diplomatic m:reading"/>

</xsl:stylesheet>
