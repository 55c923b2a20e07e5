<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and dates. A name whose @ref points at a header entry (person, personGrp, org, place)
  links to that entry in the index of names and carries an occurrence id, which the index links
  back to. A date becomes an HTML time element with a machine-readable datetime.
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

  <xsl:template match="tei:persName | tei:orgName | tei:placeName | tei:name | tei:rs"
      mode="m:html">
    <xsl:variable name="entity" as="element()?" select="ed:pointed(., @ref)[1]"/>
    <xsl:variable name="class" as="xs:string" select="'name name-' || local-name()"/>
    <xsl:choose>
      <xsl:when test="exists($entity) and not(edp:in-link(.))">
        <a class="{$class}" id="{ed:occurrence-id(.)}" href="persons.html#{ed:index-anchor($entity)}">
          <xsl:apply-templates mode="#current"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}"><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:date | tei:time" mode="m:html">
    <xsl:variable name="when" as="xs:string?" select="(@when, @from, @notBefore)[1] ! string()"/>
    <xsl:choose>
      <xsl:when test="exists($when) and matches($when, '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <time datetime="{$when}" class="date"><xsl:apply-templates mode="#current"/></time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date"><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
