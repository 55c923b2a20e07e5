<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes and note anchors, the same in both views. A ref anchor keeps its text ("[1]"); a ptr
  anchor, which has none, gives "[n]" from its own @n or its note's @n. A note standing alone
  (in the notes section) is a block; a note inside running text stays in place, set off by
  spaces so that it is never glued to the words around it. Note labels: text-structure.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:ptr[@type = 'noteAnchor']" mode="m:diplomatic m:reading">
    <xsl:variable name="n" as="xs:string?" select="(@n, ed:target-note(.)/@n)[1] ! string()"/>
    <xsl:if test="exists($n)">
      <xsl:value-of select="'[' || $n || ']'"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note[not(ed:is-block(.))]" mode="m:diplomatic m:reading">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="#current"/>
    <xsl:text> </xsl:text>
  </xsl:template>

</xsl:stylesheet>
