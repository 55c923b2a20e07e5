<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text's front matter as printed: author, title parts (one h1), the argument, the date and
  the publication lines (ab[@type] with a label such as "Source:"). An embedded document's
  front is embedded.xsl's.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:text/tei:front" mode="m:html">
    <header class="text-front">
      <xsl:apply-templates mode="#current"/>
    </header>
  </xsl:template>

  <xsl:template match="tei:docAuthor" mode="m:html">
    <p class="doc-author"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:text/tei:front/tei:docTitle" mode="m:html">
    <h1 class="doc-title"><xsl:apply-templates select="tei:titlePart" mode="#current"/></h1>
  </xsl:template>

  <xsl:template match="tei:titlePart" mode="m:html">
    <span class="title-part title-{(@type, 'main')[1]}">
      <xsl:apply-templates mode="#current"/>
    </span>
    <xsl:if test="following-sibling::tei:titlePart">
      <span class="visually-hidden">. </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:argument" mode="m:html">
    <div class="argument"><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:docDate | tei:docImprint | tei:docEdition | tei:byline
      | tei:dateline" mode="m:html">
    <p class="{local-name()}"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:front/tei:ab" mode="m:html" priority="1">
    <p class="front-line front-{(@type, 'line')[1]}">
      <xsl:apply-templates select="@xml:lang" mode="m:attributes"/>
      <xsl:apply-templates mode="#current"/>
    </p>
  </xsl:template>

</xsl:stylesheet>
