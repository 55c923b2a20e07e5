<?xml version="1.0" encoding="UTF-8"?>
<!--
  Input: a TEI RELAX NG schema (tei_all.rng) with ISO Schematron embedded in it.
  Output: a standalone ISO Schematron schema (queryBinding xslt2) holding every sch:ns (one per
  prefix) and every sch:pattern of the input, in document order, minus the patterns named in
  $skip. A pattern without an @id gets one from its position, so that it can be named.
  Jing ignores the embedded rules; org.recensio.validate.TeiAllSchematron compiles this output.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:rng="http://relaxng.org/ns/structure/1.0"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                exclude-result-prefixes="xs rng">

  <!-- ids of patterns to leave out (ones that cannot run on Saxon-HE); empty: keep all -->
  <xsl:param name="skip" as="xs:string*" select="()"/>

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/">
    <sch:schema queryBinding="xslt2">
      <sch:title>Schematron rules embedded in <xsl:value-of select="base-uri(/)"/></sch:title>
      <xsl:for-each-group select="//sch:ns" group-by="@prefix">
        <sch:ns prefix="{@prefix}" uri="{@uri}"/>
      </xsl:for-each-group>
      <xsl:for-each select="//sch:pattern">
        <xsl:variable name="id" as="xs:string" select="(@id, 'pattern-' || position())[1]"/>
        <xsl:if test="not($id = $skip)">
          <xsl:copy>
            <xsl:attribute name="id" select="$id"/>
            <xsl:apply-templates select="@* except @id, node()"/>
          </xsl:copy>
        </xsl:if>
      </xsl:for-each>
    </sch:schema>
  </xsl:template>
</xsl:stylesheet>
