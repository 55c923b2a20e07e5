<?xml version="1.0" encoding="UTF-8"?>
<!--
  Helpers shared by the HTML modules: the site's title, delimiters recorded on @rend put back
  as text, whether a node ends up inside a link (where HTML allows no other interactive
  content), and the TEI attributes that carry over to HTML.
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

  <!-- The edition's name, from the first text's editionStmt, e.g. "Recensio digital edition". -->
  <xsl:function name="ed:site-title" as="xs:string">
    <xsl:param name="tei" as="node()?"/>
    <xsl:sequence select="normalize-space(string((root($tei)//tei:fileDesc/tei:editionStmt
        /tei:edition, 'Digital edition')[normalize-space()][1]))"/>
  </xsl:function>

  <!-- The language of a TEI document (its root's xml:lang, else its first langUsage entry). -->
  <xsl:function name="ed:document-lang" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:sequence select="string((root($tei)/tei:TEI/@xml:lang,
        root($tei)//tei:langUsage/tei:language/@ident, 'en')[normalize-space()][1])"/>
  </xsl:function>

  <!-- $content with the delimiters recorded on the element's @rend around it, each one only if
       the element's text does not already start or end with it (it is then kept as text). -->
  <xsl:function name="edp:delimited" as="node()*">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="delimiters" as="xs:string*" select="ed:rend-delimiters($element)"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space(string($element))"/>
    <xsl:if test="exists($delimiters) and not(starts-with($text, $delimiters[1]))">
      <span class="delim">{$delimiters[1]}</span>
    </xsl:if>
    <xsl:sequence select="$content"/>
    <xsl:if test="exists($delimiters) and not(ends-with($text, $delimiters[2]))">
      <xsl:variable name="regular" as="xs:string?" select="$edp:closing-mark($delimiters[1])"/>
      <xsl:choose>
        <xsl:when test="exists($regular) and $regular ne $delimiters[2]">
          <!-- a closer printed wrongly (“in principle “): as printed in the diplomatic view, the
               regular closer in the reading view -->
          <span class="delim v-diplomatic">{$delimiters[2]}</span>
          <span class="delim v-reading">{$regular}</span>
        </xsl:when>
        <xsl:otherwise>
          <span class="delim">{$delimiters[2]}</span>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:function>

  <!-- The closing mark that goes with an opening one. -->
  <xsl:variable name="edp:closing-mark" as="map(xs:string, xs:string)" select="map {
      '“' : '”', '‘' : '’', '„' : '“', '«' : '»', '‹' : '›', '(' : ')', '[' : ']', '{' : '}' }"/>

  <!-- True if the node is rendered inside a link (a name or a ref), where HTML forbids
       other links and focusable elements. -->
  <xsl:function name="edp:in-link" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor::*[self::tei:persName or self::tei:orgName
        or self::tei:placeName or self::tei:name or self::tei:rs][@ref]
        | $node/ancestor::tei:ref[@target])"/>
  </xsl:function>

  <xsl:template match="@xml:lang" mode="m:attributes">
    <xsl:attribute name="lang" select="."/>
  </xsl:template>

</xsl:stylesheet>
