<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus (parallel segmentation: app with lem and rdg in place). Each app gives
  the reading of one witness: $witness when set (the lem or rdg whose @wit names it, else the
  lem), otherwise the copy text's (diplomatic view; the witness named by
  sourceDesc/bibl[@type='copyText']/@corresp, else the lem) or the lemma (reading view: the
  edited text, the editor's choices of other readings included). A paragraph milestone in a
  reading starts a block, as the witness does.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:app" mode="m:diplomatic">
    <xsl:apply-templates select="ed:app-reading(., if ($witness ne '') then $witness else edp:copy-text(.))"
        mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="m:reading">
    <xsl:apply-templates select="if ($witness ne '') then ed:app-reading(., $witness) else tei:lem"
        mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:milestone[@unit = 'paragraph']" mode="m:diplomatic m:reading">
    <xsl:sequence select="$edp:block-break"/>
  </xsl:template>

  <!-- The lem or rdg of $app that $siglum reads (the lem when none names it or $siglum is ''). -->
  <xsl:function name="ed:app-reading" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="siglum" as="xs:string"/>
    <xsl:sequence select="($app/(tei:lem | tei:rdg)[('#' || $siglum) = tokenize(normalize-space(@wit))],
        $app/tei:lem)[1]"/>
  </xsl:function>

  <!-- The copy text's siglum, from the header ('' when the header names none). -->
  <xsl:function name="edp:copy-text" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string((root($node)//tei:sourceDesc/tei:bibl[@type = 'copyText']/@corresp)[1])
        ! substring-after(., '#')"/>
  </xsl:function>

</xsl:stylesheet>
