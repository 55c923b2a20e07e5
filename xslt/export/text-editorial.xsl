<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial intervention. The diplomatic view gives what the source has (sic, orig, abbr; gaps
  give nothing) and drops what the editor added (corr, reg, expan, supplied, ex). The reading
  view gives the editor's text (corr, reg, expan) and marks gaps with $gap-marker.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <!-- diplomatic: the first alternative that is not the editor's -->
  <xsl:template match="tei:choice" mode="m:diplomatic">
    <xsl:apply-templates select="(* except (tei:corr | tei:reg | tei:expan))[1]" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:corr | tei:reg | tei:expan | tei:supplied | tei:ex | tei:gap"
      mode="m:diplomatic"/>

  <!-- a character XML cannot hold (g[@type='control'], @n="U+0001"): the code point between two
       U+FDD0, which TextExporter turns back into the character; in both views, as it is text -->
  <xsl:template match="tei:g[@type = ('control', 'noncharacter')][matches(@n, '^U\+[0-9A-F]{4,6}$')]"
      mode="m:diplomatic m:reading">
    <xsl:value-of select="'&#xFDD0;' || substring(@n, 3) || '&#xFDD0;'"/>
  </xsl:template>

  <!-- reading: the editor's alternative (the first corr, else reg, else expan), else the first -->
  <xsl:template match="tei:choice" mode="m:reading">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="m:reading">
    <xsl:value-of select="$gap-marker"/>
  </xsl:template>

</xsl:stylesheet>
