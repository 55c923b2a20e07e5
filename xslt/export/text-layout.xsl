<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the text export. The view modes produce a flat sequence of text nodes and two
  markers: edp:block-break (a block starts or ends here) and edp:join (the words either side
  are one word: the whitespace around the marker is dropped). ed:lay-out-text turns that
  sequence into blocks separated by one blank line, whitespace collapsed inside each block.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    exclude-result-prefixes="#all">

  <!-- marker: a block starts or ends here -->
  <xsl:variable name="edp:block-break" as="element(edp:block-break)">
    <edp:block-break/>
  </xsl:variable>

  <!-- marker: no word boundary here, whatever whitespace surrounds it -->
  <xsl:variable name="edp:join" as="element(edp:join)">
    <edp:join/>
  </xsl:variable>

  <!-- Blocks joined by a blank line, ending in one newline (nothing at all when empty). -->
  <xsl:function name="ed:lay-out-text" as="xs:string">
    <xsl:param name="items" as="item()*"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:for-each-group select="$items" group-adjacent=". instance of element(edp:block-break)">
        <xsl:if test="not(current-grouping-key())">
          <xsl:sequence select="edp:block-text(current-group())"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="text" as="xs:string" select="string-join($blocks[. ne ''], '&#10;&#10;')"/>
    <xsl:sequence select="if ($text eq '') then '' else $text || '&#10;'"/>
  </xsl:function>

  <!-- One block's text: runs between joins glued without whitespace, then collapsed. -->
  <xsl:function name="edp:block-text" as="xs:string">
    <xsl:param name="items" as="item()*"/>
    <xsl:variable name="runs" as="xs:string*">
      <xsl:for-each-group select="$items" group-adjacent=". instance of element(edp:join)">
        <xsl:if test="not(current-grouping-key())">
          <xsl:sequence select="string-join(current-group())"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="glued" as="xs:string*" select="
        for $i in 1 to count($runs)
        return edp:trim($runs[$i], $i gt 1, $i lt count($runs))"/>
    <xsl:sequence select="normalize-space(string-join($glued))"/>
  </xsl:function>

  <!-- $s without leading (if $start) and trailing (if $end) whitespace. -->
  <xsl:function name="edp:trim" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="start" as="xs:boolean"/>
    <xsl:param name="end" as="xs:boolean"/>
    <xsl:variable name="left" as="xs:string" select="if ($start) then replace($s, '^\s+', '') else $s"/>
    <xsl:sequence select="if ($end) then replace($left, '\s+$', '') else $left"/>
  </xsl:function>

</xsl:stylesheet>
