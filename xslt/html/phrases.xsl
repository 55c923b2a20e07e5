<?xml version="1.0" encoding="UTF-8"?>
<!--
  What hand-edited TEI may add to what the builder writes: highlighting (hi by @rend), emph,
  foreign, title, term, lists (ordered, bulleted, or label/item pairs as a description list),
  verse lines, tables. Any other TEI element keeps its text and says what it was in its class
  (tei-seg): nothing in the text ever vanishes. Labels ("1.") are spans of class label.
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

  <!-- HTML element for each @rend token of hi; other tokens become classes of a span. -->
  <xsl:variable name="edp:hi-elements" as="map(xs:string, xs:string)" select="map {
      'italic' : 'i', 'i' : 'i', 'bold' : 'b', 'b' : 'b', 'sup' : 'sup', 'superscript' : 'sup',
      'sub' : 'sub', 'subscript' : 'sub', 'underline' : 'u', 'strikethrough' : 's'
    }"/>

  <xsl:template match="tei:hi" mode="m:html">
    <xsl:variable name="token" as="xs:string?"
        select="tokenize(@rend)[map:contains($edp:hi-elements, .)][1]"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:element name="{if (exists($token)) then $edp:hi-elements($token) else 'span'}">
      <xsl:attribute name="class" select="'hi', tokenize(@rend) ! ('hi-' || ed:slug(.))"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph" mode="m:html">
    <em><xsl:apply-templates mode="#current"/></em>
  </xsl:template>

  <xsl:template match="tei:foreign" mode="m:html">
    <i class="foreign"><xsl:apply-templates select="@xml:lang" mode="m:attributes"/>
      <xsl:apply-templates mode="#current"/></i>
  </xsl:template>

  <xsl:template match="tei:title" mode="m:html">
    <cite class="title"><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="tei:term" mode="m:html">
    <dfn class="term"><xsl:apply-templates mode="#current"/></dfn>
  </xsl:template>

  <xsl:template match="tei:label" mode="m:html">
    <span class="label"><xsl:apply-templates mode="#current"/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:label" mode="m:plain">
    <xsl:apply-templates mode="#current"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:list" mode="m:html">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered') or matches(@rend, 'numbered|ordered'))
        then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="'list', @type ! ('list-' || ed:slug(.))"/>
      <xsl:apply-templates select="node() except tei:head" mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list[tei:label]" mode="m:html" priority="1">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <dl class="list list-gloss">
      <xsl:for-each select="tei:item">
        <dt><xsl:apply-templates select="preceding-sibling::*[1][self::tei:label]/node()" mode="#current"/></dt>
        <dd><xsl:apply-templates mode="#current"/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:template match="tei:list/tei:head" mode="m:html" priority="1">
    <p class="list-head"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:item" mode="m:html">
    <li><xsl:apply-templates mode="#current"/></li>
  </xsl:template>

  <xsl:template match="tei:lg" mode="m:html">
    <div class="lg"><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:l" mode="m:html">
    <span class="l"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:table" mode="m:html">
    <table class="table"><xsl:apply-templates mode="#current"/></table>
  </xsl:template>

  <xsl:template match="tei:table/tei:head" mode="m:html" priority="1">
    <caption><xsl:apply-templates mode="#current"/></caption>
  </xsl:template>

  <xsl:template match="tei:row" mode="m:html">
    <tr><xsl:apply-templates mode="#current"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="m:html">
    <td><xsl:apply-templates mode="#current"/></td>
  </xsl:template>

  <!-- images would be external resources: the description stands in for them -->
  <xsl:template match="tei:graphic | tei:media" mode="m:html"/>

  <!-- the editor's analysis, not text -->
  <xsl:template match="tei:interp | tei:interpGrp | tei:span | tei:spanGrp | tei:link
      | tei:linkGrp | tei:alt | tei:altGrp | tei:join | tei:joinGrp | tei:timeline"
      mode="m:html m:plain"/>

  <!-- anything else keeps its text, as a block or inline, and its name as a class -->
  <xsl:template match="tei:*" mode="m:html" priority="-1">
    <xsl:element name="{if (ed:is-block(.) and not(ancestor::tei:p | ancestor::tei:head))
        then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:apply-templates select="@xml:lang" mode="m:attributes"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
