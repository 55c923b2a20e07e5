<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of one text, <base-name>.html: the view switch (a checkbox that works with CSS
  alone; edition.js turns it into a toggle button), links to the text's other forms, the
  article (front, body, back, notes) and how to cite it. The checkbox stands before the article
  as its sibling, so that the CSS rule "#view-switch:checked ~ .text" can swap the views.
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

  <!-- context: a TEI document -->
  <xsl:template name="ed:text-page">
    <xsl:variable name="text" as="element(tei:text)" select="tei:TEI/tei:text"/>
    <xsl:result-document href="{$base-name}.html" format="ed:page">
      <xsl:call-template name="ed:page">
        <xsl:with-param name="title" select="ed:document-title(.)"/>
        <xsl:with-param name="site-title" select="ed:site-title(.)"/>
        <xsl:with-param name="file" select="$base-name || '.html'"/>
        <xsl:with-param name="lang" select="ed:document-lang(.)"/>
        <xsl:with-param name="page-class" select="'page-text'"/>
        <xsl:with-param name="head" as="node()*">
          <xsl:if test="ed:has-apparatus(.)">
            <xsl:call-template name="ed:witness-style"/>
          </xsl:if>
        </xsl:with-param>
        <xsl:with-param name="main" as="node()*">
          <xsl:call-template name="edp:text-tools"/>
          <input type="checkbox" id="view-switch" class="view-switch"
              aria-describedby="view-switch-help"/>
          <label for="view-switch" class="view-switch-label">Diplomatic view</label>
          <p id="view-switch-help" class="view-switch-help">The reading view applies the
            editor’s corrections and joins words broken at line ends; the diplomatic view shows
            the text as printed.</p>
          <xsl:if test="ed:has-apparatus(.)">
            <xsl:call-template name="ed:witness-switch"/>
          </xsl:if>
          <article class="text" data-cite="{edp:citation-stem(.)}">
            <xsl:apply-templates select="$text/tei:front" mode="m:html"/>
            <xsl:if test="empty($text/tei:front/tei:docTitle)">
              <h1>{ed:document-title(.)}</h1>
            </xsl:if>
            <div class="text-body">
              <xsl:apply-templates select="$text/tei:body" mode="m:html"/>
              <xsl:apply-templates select="$text/tei:back" mode="m:html"/>
            </div>
            <xsl:call-template name="ed:notes-section">
              <xsl:with-param name="text" select="$text"/>
            </xsl:call-template>
            <xsl:call-template name="ed:variants-section">
              <xsl:with-param name="text" select="$text"/>
            </xsl:call-template>
            <xsl:call-template name="edp:how-to-cite"/>
          </article>
        </xsl:with-param>
        <xsl:with-param name="footer" as="node()*">
          <xsl:call-template name="ed:licence-line"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="edp:text-tools">
    <nav class="text-tools" aria-label="This text">
      <ul>
        <li><a href="{$base-name}-about.html">About this edition</a></li>
        <li><a href="{$base-name}.tei.xml" type="application/tei+xml">TEI source</a></li>
        <li><a href="{$base-name}.pdf" type="application/pdf">PDF</a></li>
        <li><a href="#notes">Notes</a></li>
        <xsl:if test="ed:has-apparatus(.)">
          <li><a href="#variants">Variants</a></li>
          <li><a href="{$base-name}-witnesses.html">Witnesses</a></li>
        </xsl:if>
        <li><a href="#how-to-cite">How to cite</a></li>
      </ul>
    </nav>
  </xsl:template>

  <!-- "Author, Title": the start of a citation of the text or of one of its paragraphs. -->
  <xsl:function name="edp:citation-stem" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="author" as="xs:string?" select="root($tei)//tei:titleStmt/tei:author[1]
        ! normalize-space()"/>
    <xsl:sequence select="string-join(($author[. ne ''], ed:document-title($tei)), ', ')"/>
  </xsl:function>

  <xsl:template name="edp:how-to-cite">
    <section id="how-to-cite" class="how-to-cite" aria-labelledby="how-to-cite-h">
      <h2 id="how-to-cite-h">How to cite</h2>
      <p class="citation"><xsl:value-of select="edp:citation-stem(.)"/>. In:
        <cite><xsl:value-of select="ed:site-title(.)"/></cite>,
        <span class="citation-file">{$base-name}.html</span>.</p>
      <p>Every paragraph has a number in the margin and a stable address: add
        <code>#p</code> and the number to the address of this page (for paragraph 12:
        <code>{$base-name}.html#p12</code>) and cite it as “¶ 12”. The “cite” link beside a
        paragraph gives its citation.</p>
    </section>
  </xsl:template>

  <!-- The licence of the text, for the footer of its pages. -->
  <xsl:template name="ed:licence-line">
    <xsl:variable name="licence" as="element(tei:licence)?"
        select="(//tei:publicationStmt//tei:licence)[1]"/>
    <xsl:if test="exists($licence)">
      <p class="licence">Licence:
        <xsl:choose>
          <xsl:when test="starts-with($licence/@target, 'http')">
            <a href="{$licence/@target}" rel="license">{normalize-space($licence)}</a>
          </xsl:when>
          <xsl:otherwise>{normalize-space($licence)}</xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
