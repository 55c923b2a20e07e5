<?xml version="1.0" encoding="UTF-8"?>
<!--
  The landing page, index.html: the edition's texts in the order given, each with its title,
  author, date and source, and links to the text, its "About" page, its TEI and its PDF
  (<base>.tei.xml and <base>.pdf sit next to the pages).
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

  <xsl:template name="ed:landing-page">
    <xsl:result-document href="index.html" format="ed:page">
      <xsl:call-template name="ed:page">
        <xsl:with-param name="title" select="'Texts'"/>
        <xsl:with-param name="site-title" select="ed:site-title($texts[1])"/>
        <xsl:with-param name="file" select="'index.html'"/>
        <xsl:with-param name="lang" select="($texts[1] ! ed:document-lang(.), 'en')[1]"/>
        <xsl:with-param name="page-class" select="'page-landing'"/>
        <xsl:with-param name="main" as="node()*">
          <h1>{ed:site-title($texts[1])}</h1>
          <p class="lead">{edp:count-texts(count($texts))} edited from the printed transcripts
            in TEI P5. Read each in the edited text or as printed; every paragraph can be cited
            by its number.</p>
          <ol class="text-list">
            <xsl:for-each select="$texts">
              <xsl:variable name="i" as="xs:integer" select="position()"/>
              <xsl:call-template name="edp:text-card">
                <xsl:with-param name="base" select="$base-names[$i]"/>
              </xsl:call-template>
            </xsl:for-each>
          </ol>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <xsl:function name="edp:count-texts" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n eq 1) then 'One text' else $n || ' texts'"/>
  </xsl:function>

  <!-- context: a TEI document -->
  <xsl:template name="edp:text-card">
    <xsl:param name="base" as="xs:string" required="yes"/>
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tei:TEI/tei:teiHeader"/>
    <xsl:variable name="source" as="element()?"
        select="($header//tei:sourceDesc/tei:bibl[@type = 'copyText'], $header//tei:sourceDesc/tei:bibl)[1]"/>
    <li class="text-card">
      <h2><a href="{$base}.html">{ed:document-title(.)}</a></h2>
      <dl class="facts">
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
          <dt>Author</dt><dd>{normalize-space()}</dd>
        </xsl:for-each>
        <xsl:for-each select="($header/tei:profileDesc/tei:creation/tei:date)[1]">
          <dt>Date</dt>
          <dd><xsl:apply-templates select="." mode="m:about"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'desc']">
          <dt>Occasion</dt><dd>{normalize-space()}</dd>
        </xsl:for-each>
        <xsl:for-each select="$source">
          <dt>Source</dt>
          <dd><xsl:apply-templates select="." mode="m:about"/></dd>
        </xsl:for-each>
      </dl>
      <ul class="card-links">
        <li><a href="{$base}.html">Read the text</a></li>
        <li><a href="{$base}-about.html">About this edition</a></li>
        <li><a href="{$base}.tei.xml" type="application/tei+xml">TEI</a></li>
        <li><a href="{$base}.pdf" type="application/pdf">PDF</a></li>
      </ul>
    </li>
  </xsl:template>

</xsl:stylesheet>
