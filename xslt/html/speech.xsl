<?xml version="1.0" encoding="UTF-8"?>
<!--
  The speech: divisions (a div with a head is a section with a heading, one level below the
  division around it), sp with its speaker (linked to the index of names), and paragraphs.
  A paragraph whose TEI id is p + digits shows its number in the margin, is the target of the
  stable anchor #p12, and has a "cite" link. A TEI p that holds blocks (a list, a quoted
  paragraph) becomes a div, since an HTML p cannot hold them.
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

  <!-- whitespace between blocks is layout of the TEI file, not text -->
  <xsl:template match="text()[not(normalize-space())][parent::*[ed:is-container(.)]]"
      mode="m:html m:plain"/>

  <xsl:template match="tei:body | tei:back" mode="m:html">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:div" mode="m:html">
    <xsl:element name="{if (tei:head) then 'section' else 'div'}">
      <xsl:attribute name="class" select="'div', @type ! ('div-' || ed:slug(.))"/>
      <xsl:apply-templates select="@xml:lang" mode="m:attributes"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:head" mode="m:html">
    <xsl:element name="h{edp:heading-level(.)}">
      <xsl:attribute name="class" select="'head'"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- h2 for a heading in the body, one more for each section or embedded document around. -->
  <xsl:function name="edp:heading-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="min((6, 1 + count($head/ancestor-or-self::*[self::tei:div[tei:head]
        or self::tei:floatingText])))"/>
  </xsl:function>

  <xsl:template match="tei:sp" mode="m:html">
    <div class="sp">
      <xsl:if test="empty(tei:speaker)">
        <xsl:variable name="who" as="element()*" select="ed:pointed(., @who)"/>
        <xsl:if test="exists($who)">
          <p class="speaker" id="{ed:occurrence-id(.)}">
            <xsl:for-each select="$who">
              <xsl:if test="position() gt 1">, </xsl:if>
              <a href="persons.html#{ed:index-anchor(.)}">{ed:entity-name(.)}</a>
            </xsl:for-each>
          </p>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

  <!-- the speaker label carries the sp's occurrence id, which the index of names links to;
       a label without a name of its own links to the person the sp points at -->
  <xsl:template match="tei:speaker" mode="m:html">
    <xsl:variable name="who" as="element()?" select="ed:pointed(.., ../@who)[1]"/>
    <p class="speaker">
      <xsl:if test="parent::tei:sp[@who] and empty(preceding-sibling::tei:speaker)">
        <xsl:attribute name="id" select="ed:occurrence-id(..)"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="exists($who) and empty(.//*[@ref])">
          <a href="persons.html#{ed:index-anchor($who)}"><xsl:apply-templates mode="#current"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="m:html">
    <xsl:variable name="number" as="xs:string?" select="ed:paragraph-number(.)"/>
    <xsl:element name="{if (edp:holds-blocks(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="local-name(), 'numbered'[exists($number)]"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:attributes"/>
      <xsl:if test="exists($number)">
        <span class="margin">
          <a class="pnum" href="#{@xml:id}" aria-label="Paragraph {$number}">{$number}</a>
          <xsl:text> </xsl:text>
          <a class="cite" href="#how-to-cite" data-para="{$number}"
              aria-label="Cite paragraph {$number}">cite</a>
        </span>
      </xsl:if>
      <xsl:sequence select="edp:block-open(.)"/>
      <xsl:apply-templates mode="#current"/>
      <xsl:sequence select="edp:block-close(.)"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p/@xml:id | tei:ab/@xml:id" mode="m:attributes">
    <xsl:attribute name="id" select="."/>
  </xsl:template>

  <!-- True if the paragraph holds a block that HTML does not allow in a p (its notes do not
       count: only their markers stand in the text). -->
  <xsl:function name="edp:holds-blocks" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p//(tei:list | tei:table | tei:lg | tei:floatingText
        | tei:p | tei:ab | tei:quote[tei:p | tei:ab | tei:lg] | tei:figure)
        [not(ancestor::tei:note intersect $p//tei:note)])"/>
  </xsl:function>

</xsl:stylesheet>
