<?xml version="1.0" encoding="UTF-8"?>
<!--
  Delimiters that markup replaced and recorded on @rend (a stage[@rend='parens'] or
  stage[@rend='()'] whose text is "Applause.") are put back around the element's text, each one
  only when the text does not already begin or end with it, so that "(Applause.)" kept as text
  is never doubled. They go right against the first and last characters of the text, so that
  a quote[@rend='“”'] holding two paragraphs opens the first and closes the second.
  Same in both views. Which @rend tokens count: ed:rend-delimiters in functions.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="*[@rend][exists(ed:rend-delimiters(.))]" mode="m:diplomatic m:reading"
      priority="2">
    <xsl:variable name="content" as="item()*">
      <xsl:next-match/>
    </xsl:variable>
    <xsl:variable name="text" as="xs:string" select="normalize-space(string-join($content))"/>
    <xsl:variable name="delimiters" as="xs:string+" select="ed:rend-delimiters(.)"/>
    <xsl:sequence select="edp:enclose($content,
        if (starts-with($text, $delimiters[1])) then '' else $delimiters[1],
        if (ends-with($text, $delimiters[2])) then '' else $delimiters[2])"/>
  </xsl:template>

  <!-- $items with $open before the first item that has text and $close after the last one;
       $items unchanged if none has text. -->
  <xsl:function name="edp:enclose" as="item()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:param name="open" as="xs:string"/>
    <xsl:param name="close" as="xs:string"/>
    <xsl:variable name="with-text" as="xs:integer*"
        select="for $i in 1 to count($items)
          return (if (normalize-space(string($items[$i])) ne '') then $i else ())"/>
    <xsl:variable name="first" as="xs:integer?" select="$with-text[1]"/>
    <xsl:variable name="last" as="xs:integer?" select="$with-text[last()]"/>
    <xsl:sequence select="if (empty($first)) then $items else (
        subsequence($items, 1, $first - 1), $open,
        subsequence($items, $first, $last - $first + 1),
        $close, subsequence($items, $last + 1))"/>
  </xsl:function>

</xsl:stylesheet>
