<?xml version="1.0" encoding="UTF-8"?>
<!--
  Error codes of Recensio's stylesheets, declared once as QNames in the namespace
  urn:recensio:errors and raised with error($code, $message). The local part is the stable code
  that Java reports and tests assert; the variable name says what went wrong.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed-err="urn:recensio:errors"
    exclude-result-prefixes="#all">

  <!-- The parameter $view names no known view. -->
  <xsl:variable name="ed-err:unknown-view" as="xs:QName"
      select="QName('urn:recensio:errors', 'ed-err:EXP001')"/>

  <!-- The input has no TEI text element (wrong namespace, a teiHeader alone, not TEI at all). -->
  <xsl:variable name="ed-err:no-tei-text" as="xs:QName"
      select="QName('urn:recensio:errors', 'ed-err:EXP002')"/>

  <!-- An HTML text page was asked for without $base-name, or the site without one base name per
       text. -->
  <xsl:variable name="ed-err:no-base-name" as="xs:QName"
      select="QName('urn:recensio:errors', 'ed-err:HTM001')"/>

</xsl:stylesheet>
