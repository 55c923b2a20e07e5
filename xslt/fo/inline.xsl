<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline TEI in the reading text: audience reactions and interjections in italic within their
  printed delimiters (recorded on @rend, or kept as text), quotations with their recorded
  quotation marks, names (persons carry an index id), emphasis (hi/@rend, as data), the
  corrected and regularised readings of choice, lost text as $gap-marker, and line-end hyphens
  that only split a word dropped with the word joined.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <!-- FO properties for hi/@rend tokens; unknown tokens print the text unchanged. -->
  <xsl:variable name="edp:hi-properties" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'italic'     : map { 'font-style' : 'italic' },
      'i'          : map { 'font-style' : 'italic' },
      'bold'       : map { 'font-weight' : 'bold' },
      'b'          : map { 'font-weight' : 'bold' },
      'underline'  : map { 'text-decoration' : 'underline' },
      'smallcaps'  : map { 'font-size' : '80%', 'text-transform' : 'uppercase', 'letter-spacing' : '0.05em' },
      'small-caps' : map { 'font-size' : '80%', 'text-transform' : 'uppercase', 'letter-spacing' : '0.05em' },
      'sup'        : map { 'baseline-shift' : 'super', 'font-size' : '70%' },
      'superscript': map { 'baseline-shift' : 'super', 'font-size' : '70%' },
      'sub'        : map { 'baseline-shift' : 'sub', 'font-size' : '70%' },
      'subscript'  : map { 'baseline-shift' : 'sub', 'font-size' : '70%' },
      'spaced'     : map { 'letter-spacing' : '0.15em' }
    }"/>

  <!-- Elements printed in italic wherever they stand. -->
  <xsl:variable name="edp:italic-names" as="xs:string+" select="'emph', 'foreign', 'term', 'mentioned'"/>

  <!-- stage directions: reactions and interjections, italic, in their delimiters -->
  <xsl:template match="tei:stage" mode="m:fo">
    <fo:inline font-style="italic">
      <xsl:sequence select="edp:delimited(., edp:content(.))"/>
    </fo:inline>
  </xsl:template>

  <!-- a name inside a stage direction stands upright against the italic -->
  <xsl:template match="tei:stage//tei:persName" mode="m:fo" priority="2">
    <fo:inline font-style="normal"><xsl:next-match/></fo:inline>
  </xsl:template>

  <!-- quotations: the quotation marks recorded on @rend around the words -->
  <xsl:template match="tei:said | tei:q | tei:quote | tei:soCalled" mode="m:fo">
    <xsl:sequence select="edp:indexed(., edp:delimited(., edp:content(.)))"/>
  </xsl:template>

  <xsl:template match="tei:cit" mode="m:fo">
    <xsl:apply-templates mode="m:fo"/>
  </xsl:template>

  <xsl:template match="tei:cit/tei:bibl" mode="m:fo">
    <xsl:if test="not(matches(string(preceding-sibling::node()[1]), '\s$'))">
      <xsl:text> </xsl:text>
    </xsl:if>
    <fo:inline font-size="90%"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:title[@level = ('m', 'j', 's')]" mode="m:fo">
    <fo:inline font-style="italic"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:*[local-name() = $edp:italic-names]" mode="m:fo">
    <fo:inline font-style="italic"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:hi" mode="m:fo">
    <fo:inline>
      <xsl:for-each select="tokenize(@rend)[map:contains($edp:hi-properties, .)]"
          xmlns:map="http://www.w3.org/2005/xpath-functions/map">
        <xsl:variable name="properties" select="$edp:hi-properties(.)"/>
        <xsl:for-each select="map:keys($properties)">
          <xsl:attribute name="{.}" select="$properties(.)"/>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:apply-templates mode="m:fo"/>
    </fo:inline>
  </xsl:template>

  <!-- persons: an index occurrence -->
  <xsl:template match="tei:persName[@ref]" mode="m:fo">
    <xsl:sequence select="edp:indexed(., edp:content(.))"/>
  </xsl:template>

  <!-- choice: the edited reading; the apparatus records the printed form -->
  <xsl:template match="tei:choice" mode="m:fo">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="m:fo"/>
    <xsl:apply-templates select="." mode="m:apparatus-call"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="m:fo">
    <fo:inline><xsl:value-of select="$gap-marker"/></fo:inline>
  </xsl:template>

  <!-- a hyphen that only splits a word, and line breaks, print nothing: the word is joined -->
  <xsl:template match="tei:pc[@force = 'weak'] | tei:lb | tei:pb | tei:cb" mode="m:fo"/>

  <xsl:template match="tei:teiHeader" mode="m:fo"/>

  <!-- ==== helpers ==== -->

  <!-- What an inline holds that must take up a place but show nothing: an fo:character
       U+2060 WORD JOINER, invisible, of no width, allowing no line break. FOP 2.10 cannot have
       an fo:inline that lays out to nothing yet carries an id or is a footnote's citation:
       inside another fo:inline (a stage direction, a quotation or name with an index id),
       hyphenating a word of that inline fails with a NullPointerException ('"prevLM" is null',
       InlineStackingLayoutManager.getChangedKnuthElements; see FoModulesTest). The character
       must be an fo:character: as text, U+2060 (like U+200B and U+FEFF) gives FOP no box to
       hang a footnote on, and the footnote is silently lost. -->
  <xsl:variable name="edp:nothing" as="element(fo:character)">
    <fo:character character="&#x2060;"/>
  </xsl:variable>

  <!-- What templates give for the children of $element in m:fo. -->
  <xsl:function name="edp:content" as="item()*">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element/node()" mode="m:fo"/>
  </xsl:function>

  <!-- $content between the delimiters recorded on $element's @rend, if any. -->
  <xsl:function name="edp:delimited" as="item()*">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="pair" as="xs:string*" select="ed:rend-delimiters($element)"/>
    <xsl:value-of select="$pair[1]"/>
    <xsl:sequence select="$content"/>
    <xsl:value-of select="$pair[2]"/>
  </xsl:function>

  <!-- $content as an index occurrence when $element points at a person (@ref, @who). -->
  <xsl:function name="edp:indexed" as="item()*">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:choose>
      <xsl:when test="$element/(@ref | @who)[contains(., '#')]">
        <fo:inline id="ix-{edp:id($element)}">
          <xsl:sequence select="$content"/>
          <!-- an empty name still marks its page, without an empty inline ($edp:nothing) -->
          <xsl:if test="not(normalize-space(string-join($content[not(. instance of element(fo:footnote))] ! string(.))))">
            <xsl:sequence select="$edp:nothing"/>
          </xsl:if>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$content"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
