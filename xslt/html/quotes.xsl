<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotations, styled by kind: q (a quotation in speech), quote (from a document; a block
  quotation when it holds paragraphs or stands between them), cit (a quotation with its
  source, set as a figure with caption when it is a block), soCalled (scare quotes).
  Quotation marks the encoder recorded on @rend are put back as text (HTML q's own marks are
  switched off in the CSS); a block quotation's marks open its first paragraph and close its
  last one.
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

  <xsl:template match="tei:q | tei:quote[not(edp:is-block-quote(.))]" mode="m:html">
    <q class="{local-name()}">
      <xsl:apply-templates select="@xml:lang" mode="m:attributes"/>
      <xsl:sequence select="edp:delimited(., edp:apply-html(.))"/>
    </q>
  </xsl:template>

  <xsl:template match="tei:quote[edp:is-block-quote(.)]" mode="m:html">
    <blockquote class="quote">
      <xsl:apply-templates select="@xml:lang" mode="m:attributes"/>
      <xsl:choose>
        <xsl:when test="tei:p | tei:ab | tei:lg">
          <xsl:apply-templates mode="#current"/>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:sequence select="edp:delimited(., edp:apply-html(.))"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </blockquote>
  </xsl:template>

  <xsl:template match="tei:cit[edp:is-block-quote(tei:quote[1])]" mode="m:html">
    <figure class="cit">
      <xsl:apply-templates select="tei:quote" mode="#current"/>
      <xsl:if test="tei:bibl | tei:ref">
        <figcaption>
          <xsl:apply-templates select="* except tei:quote" mode="#current"/>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="tei:cit" mode="m:html">
    <span class="cit">
      <xsl:for-each select="node()">
        <xsl:if test="self::* and preceding-sibling::*">
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:apply-templates select="." mode="#current"/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="m:html">
    <cite class="bibl"><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="tei:soCalled" mode="m:html">
    <span class="socalled"><xsl:sequence select="edp:delimited(., edp:apply-html(.))"/></span>
  </xsl:template>

  <!-- A quote is a block if it holds paragraphs or stands alone between blocks. -->
  <xsl:function name="edp:is-block-quote" as="xs:boolean">
    <xsl:param name="quote" as="element()?"/>
    <xsl:sequence select="exists($quote[tei:p or tei:ab or tei:lg or ed:is-block(.)
        or parent::tei:cit[ed:is-block(.)]])"/>
  </xsl:function>

  <!-- The opening delimiters of the quotations whose first paragraph is $p (and, below, the
       closing ones of those whose last paragraph it is). -->
  <xsl:function name="edp:block-open" as="node()*">
    <xsl:param name="p" as="element()"/>
    <xsl:for-each select="$p/ancestor::*[self::tei:quote or self::tei:q or self::tei:said]
        [exists(ed:rend-delimiters(.))][$p is descendant::*[self::tei:p or self::tei:ab][1]]">
      <xsl:if test="not(starts-with(normalize-space($p), ed:rend-delimiters(.)[1]))">
        <span class="delim">{ed:rend-delimiters(.)[1]}</span>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="edp:block-close" as="node()*">
    <xsl:param name="p" as="element()"/>
    <xsl:for-each select="reverse($p/ancestor::*[self::tei:quote or self::tei:q or self::tei:said]
        [exists(ed:rend-delimiters(.))][$p is descendant::*[self::tei:p or self::tei:ab][last()]])">
      <xsl:if test="not(ends-with(normalize-space($p), ed:rend-delimiters(.)[2]))">
        <span class="delim">{ed:rend-delimiters(.)[2]}</span>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

</xsl:stylesheet>
