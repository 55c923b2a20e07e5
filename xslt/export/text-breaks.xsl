<?xml version="1.0" encoding="UTF-8"?>
<!--
  Line, page and column breaks and weak punctuation. A break with @break='no' falls inside a
  word: the word is joined, whatever whitespace the TEI has around the break. Any other break
  is a word boundary. A weak hyphen (pc[@force='weak']) is source text: the diplomatic view
  keeps it ("organi-sation"); the reading view drops it and joins the word ("organisation").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:lb[@break = 'no'] | tei:pb[@break = 'no'] | tei:cb[@break = 'no']"
      mode="m:diplomatic m:reading">
    <xsl:sequence select="$edp:join"/>
  </xsl:template>

  <xsl:template match="tei:lb | tei:pb | tei:cb | tei:space" mode="m:diplomatic m:reading">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:pc[@force = 'weak']" mode="m:reading">
    <xsl:sequence select="$edp:join"/>
  </xsl:template>

</xsl:stylesheet>
