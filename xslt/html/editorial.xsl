<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial intervention, in both views at once. A choice gives its reading form (corr, reg,
  expan) in a span of class v-reading and its diplomatic form (sic, orig, abbr) in one of class
  v-diplomatic; each can be focused and names the other form ("printed: Centrai") in its title
  and, for the CSS tooltip, in data-tip. A weak hyphen (pc[@force='weak']) is diplomatic only;
  a line break inside a word (lb[@break='no']) joins the word, whatever whitespace surrounds it.
  Lost text (gap) is marked in both views, with its explanation in a title and in text for
  screen readers.
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

  <!-- What the tooltip of each alternative says about the other one, by its element name. -->
  <xsl:variable name="edp:other-form" as="map(xs:string, xs:string)" select="map {
      'corr'  : 'printed: ',
      'reg'   : 'original spelling: ',
      'expan' : 'abbreviated: ',
      'sic'   : 'sic; corrected: ',
      'orig'  : 'regularised: ',
      'abbr'  : 'expanded: '
    }"/>

  <xsl:template match="tei:choice" mode="m:html">
    <xsl:variable name="reading" as="element()?" select="(tei:corr, tei:reg, tei:expan, *)[1]"/>
    <xsl:variable name="diplomatic" as="element()?"
        select="(* except (tei:corr | tei:reg | tei:expan))[1]"/>
    <span class="choice">
      <xsl:sequence select="edp:alternative($reading, $diplomatic, 'v-reading')"/>
      <xsl:sequence select="edp:alternative($diplomatic, $reading, 'v-diplomatic')"/>
    </span>
  </xsl:template>

  <!-- One form of a choice, in the view named by $view, naming $other in its tooltip. -->
  <xsl:function name="edp:alternative" as="element()?">
    <xsl:param name="form" as="element()?"/>
    <xsl:param name="other" as="element()?"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:for-each select="$form">
      <xsl:variable name="tip" as="xs:string?" select="$other ! ($edp:other-form(local-name($form))
          || normalize-space(string-join(edp:plain(.))))"/>
      <span class="{$view} {local-name()}">
        <xsl:if test="exists($tip) and local-name() = map:keys($edp:other-form)"
            xmlns:map="http://www.w3.org/2005/xpath-functions/map">
          <xsl:if test="not(edp:in-link(.))">
            <xsl:attribute name="tabindex" select="0"/>
          </xsl:if>
          <xsl:attribute name="title" select="$tip"/>
          <xsl:attribute name="data-tip" select="$tip"/>
        </xsl:if>
        <xsl:apply-templates mode="m:html"/>
      </span>
    </xsl:for-each>
  </xsl:function>

  <!-- sic, corr, orig, reg outside a choice: what they are, in both views -->
  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan
      | tei:supplied | tei:unclear | tei:del | tei:add" mode="m:html">
    <span class="{local-name()}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:gap" mode="m:html">
    <xsl:variable name="what" as="xs:string" select="edp:gap-description(.)"/>
    <xsl:element name="{if (ed:is-block(.)) then 'p' else 'span'}">
      <xsl:attribute name="class" select="'gap', 'gap-block'[ed:is-block(current())]"/>
      <xsl:attribute name="title" select="$what"/>
      <xsl:attribute name="data-tip" select="$what"/>
      <xsl:if test="not(edp:in-link(.))">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <span aria-hidden="true">[…]</span>
      <span class="visually-hidden">({$what})</span>
    </xsl:element>
  </xsl:template>

  <!-- "text lost in the source (about 3 words)" -->
  <xsl:function name="edp:gap-description" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:variable name="reason" as="xs:string" select="
        if ($gap/@reason eq 'lost') then 'text lost in the source'
        else if ($gap/@reason eq 'illegible') then 'illegible text'
        else if ($gap/@reason) then 'text omitted (' || $gap/@reason || ')'
        else 'text omitted'"/>
    <xsl:variable name="extent" as="xs:string?" select="
        if ($gap/@quantity and $gap/@unit) then 'about ' || $gap/@quantity || ' ' || (if ($gap/@quantity = '1') then replace($gap/@unit, 's$', '') else $gap/@unit)
        else $gap/tei:desc ! normalize-space()"/>
    <xsl:sequence select="$reason || ($extent ! (' (' || . || ')'))"/>
  </xsl:function>

  <xsl:template match="tei:pc[@force = 'weak']" mode="m:html">
    <span class="v-diplomatic pc" title="line-end hyphen"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:pc[@force = 'weak']" mode="m:plain"/>

  <xsl:template match="tei:lb[@break = 'no'] | tei:pb[@break = 'no'] | tei:cb[@break = 'no']"
      mode="m:html m:plain"/>

  <xsl:template match="tei:lb | tei:cb" mode="m:html m:plain">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:pb" mode="m:html">
    <span class="pb" title="page break">{@n ! ('[p. ' || . || ']')}</span>
  </xsl:template>

  <!-- whitespace next to a line break inside a word is not a word boundary -->
  <xsl:template match="text()[following-sibling::node()[1]
      [self::tei:lb[@break = 'no'] or self::tei:pb[@break = 'no']]]" mode="m:html m:plain" priority="1">
    <xsl:value-of select="replace(., '\s+$', '')"/>
  </xsl:template>

  <xsl:template match="text()[preceding-sibling::node()[1]
      [self::tei:lb[@break = 'no'] or self::tei:pb[@break = 'no']]]" mode="m:html m:plain" priority="1">
    <xsl:value-of select="replace(., '^\s+', '')"/>
  </xsl:template>

  <!-- the reading view of a choice, as plain text -->
  <xsl:template match="tei:choice" mode="m:plain">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="m:plain">
    <xsl:text> […] </xsl:text>
  </xsl:template>

  <!-- The reading view of a node as plain text (whitespace not yet normalised). -->
  <xsl:function name="edp:plain" as="xs:string*">
    <xsl:param name="node" as="node()*"/>
    <xsl:apply-templates select="$node/node()" mode="m:plain"/>
  </xsl:function>

</xsl:stylesheet>
