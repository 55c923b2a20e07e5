<?xml version="1.0" encoding="UTF-8"?>
<!--
  "About this edition", <base-name>-about.html, rendered from the teiHeader alone: the text
  (titles, author, occasion), its source as a bibliography, its publication history, this
  edition (publisher, licence, editors), the editorial principles (editorialDecl), the taxonomy
  of audience reactions (classDecl, with how often the text records each), the markup
  (tagsDecl counts), and how the edition was made (appInfo, respStmt, revisionDesc).
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

  <!-- Headings of the editorialDecl parts, and of the bibl types of the publication history. -->
  <xsl:variable name="edp:about-labels" as="map(xs:string, xs:string)" select="map {
      'correction' : 'Correction', 'normalization' : 'Normalisation',
      'quotation' : 'Quotation', 'hyphenation' : 'Hyphenation',
      'segmentation' : 'Segmentation', 'interpretation' : 'Interpretation',
      'stdVals' : 'Standard values', 'punctuation' : 'Punctuation',
      'firstPublished' : 'First published', 'translated' : 'Translation',
      'transcription' : 'Transcription', 'markup' : 'Markup', 'publicDomain' : 'Public domain',
      'copyleft' : 'Copyleft', 'delivered' : 'Delivered', 'source' : 'Source',
      'copyText' : 'Copy text'
    }"/>

  <xsl:function name="edp:about-label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($edp:about-labels($key),
        upper-case(substring($key, 1, 1)) || replace(substring($key, 2), '([A-Z])', ' $1'))[1]"/>
  </xsl:function>

  <xsl:template name="ed:about-page">
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tei:TEI/tei:teiHeader"/>
    <xsl:result-document href="{$base-name}-about.html" format="ed:page">
      <xsl:call-template name="ed:page">
        <xsl:with-param name="title" select="'About this edition: ' || ed:document-title(.)"/>
        <xsl:with-param name="site-title" select="ed:site-title(.)"/>
        <xsl:with-param name="file" select="$base-name || '-about.html'"/>
        <xsl:with-param name="lang" select="ed:document-lang(.)"/>
        <xsl:with-param name="page-class" select="'page-about'"/>
        <xsl:with-param name="main" as="node()*">
          <nav class="text-tools" aria-label="This text">
            <ul>
              <li><a href="{$base-name}.html">Read the text</a></li>
              <li><a href="{$base-name}.tei.xml" type="application/tei+xml">TEI source</a></li>
              <li><a href="{$base-name}.pdf" type="application/pdf">PDF</a></li>
            </ul>
          </nav>
          <article class="about">
            <h1><span class="kicker">About this edition</span>
              <span class="title-main">{ed:document-title(.)}</span></h1>
            <xsl:apply-templates select="$header" mode="m:about"/>
          </article>
        </xsl:with-param>
        <xsl:with-param name="footer" as="node()*">
          <xsl:call-template name="ed:licence-line"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <xsl:template match="tei:teiHeader" mode="m:about">
    <xsl:variable name="file" as="element()?" select="tei:fileDesc"/>
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'the-text'"/>
      <xsl:with-param name="heading" select="'The text'"/>
      <xsl:with-param name="content" as="node()*">
        <dl class="facts">
          <xsl:for-each select="$file/tei:titleStmt/tei:title">
            <dt>{if (@type eq 'desc') then 'Description' else 'Title'}</dt>
            <dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
          <xsl:for-each select="$file/tei:titleStmt/tei:author">
            <dt>Author</dt><dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
          <xsl:for-each select="tei:profileDesc/tei:creation/tei:date">
            <dt>Date</dt><dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
          <xsl:for-each select="tei:profileDesc/tei:settingDesc/tei:setting">
            <dt>Occasion</dt>
            <dd><xsl:value-of select="string-join(* ! normalize-space(), ', ')"/></dd>
          </xsl:for-each>
          <xsl:for-each select="tei:profileDesc/tei:langUsage/tei:language">
            <dt>Language</dt><dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:apply-templates select="$file/tei:sourceDesc" mode="#current"/>
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'this-edition'"/>
      <xsl:with-param name="heading" select="'This edition'"/>
      <xsl:with-param name="content" as="node()*">
        <dl class="facts">
          <xsl:for-each select="$file/tei:editionStmt/tei:edition">
            <dt>Edition</dt><dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
          <xsl:for-each select="$file/tei:titleStmt/tei:editor">
            <dt>Editor</dt><dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
          <xsl:for-each select="$file/tei:publicationStmt/(tei:publisher | tei:pubPlace | tei:date)">
            <dt>{map{'publisher':'Publisher','pubPlace':'Place','date':'Date'}(local-name())}</dt>
            <dd><xsl:apply-templates mode="#current"/></dd>
          </xsl:for-each>
          <xsl:for-each select="$file/tei:publicationStmt//tei:licence">
            <dt>Licence</dt>
            <dd>
              <xsl:choose>
                <xsl:when test="starts-with(@target, 'http')">
                  <a href="{@target}" rel="license">{normalize-space()}</a>
                </xsl:when>
                <xsl:otherwise>{normalize-space()}</xsl:otherwise>
              </xsl:choose>
            </dd>
          </xsl:for-each>
        </dl>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:apply-templates select="tei:encodingDesc/tei:editorialDecl" mode="#current"/>
    <xsl:apply-templates select="tei:encodingDesc/tei:classDecl[.//tei:category]" mode="#current"/>
    <xsl:apply-templates select="tei:profileDesc/tei:particDesc[.//tei:person | .//tei:personGrp]" mode="#current"/>
    <xsl:apply-templates select="tei:encodingDesc/tei:tagsDecl[.//tei:tagUsage]" mode="#current"/>
    <xsl:call-template name="edp:about-making"/>
  </xsl:template>

  <xsl:template name="edp:about-section">
    <xsl:param name="id" as="xs:string" required="yes"/>
    <xsl:param name="heading" as="xs:string" required="yes"/>
    <xsl:param name="content" as="node()*" required="yes"/>
    <section id="{$id}" class="about-section" aria-labelledby="{$id}-h">
      <h2 id="{$id}-h">{$heading}</h2>
      <xsl:sequence select="$content"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:sourceDesc" mode="m:about">
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'source'"/>
      <xsl:with-param name="heading" select="'Source'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:variable name="main" as="element(tei:bibl)?"
            select="(tei:bibl[@type = 'copyText'], tei:bibl)[1]"/>
        <xsl:for-each select="$main">
          <p class="bibliography"><xsl:apply-templates select="." mode="#current"/></p>
        </xsl:for-each>
        <xsl:apply-templates select="tei:p" mode="#current"/>
        <xsl:if test="ed:has-apparatus(.)">
          <p class="witnesses-link">This edition collates {count(ed:sigla(.))} witnesses: see
            <a href="{$base-name}-witnesses.html">the witnesses</a> and the
            <a href="{$base-name}.html#variants">variants</a>.</p>
        </xsl:if>
        <xsl:variable name="history" as="element(tei:bibl)*"
            select="tei:bibl except $main, tei:listBibl//tei:bibl"/>
        <xsl:if test="exists($history)">
          <h3>Publication history</h3>
          <dl class="facts">
            <xsl:for-each select="$history">
              <dt>{edp:about-label((@type, 'note')[1])}</dt>
              <dd><xsl:apply-templates select="." mode="#current"/></dd>
            </xsl:for-each>
          </dl>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A structured bibl as a citation: its parts joined by commas, the title in italics; a
       bibl with punctuation of its own (text between its parts) keeps it. -->
  <xsl:template match="tei:bibl[* and empty(text()[normalize-space()])]" mode="m:about">
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="#current"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:title" mode="m:about">
    <cite><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="tei:date[matches(@when, '^\d{4}(-\d{2}(-\d{2})?)?$')]" mode="m:about">
    <time datetime="{@when}"><xsl:apply-templates mode="#current"/></time>
  </xsl:template>

  <xsl:template match="tei:editorialDecl" mode="m:about">
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'editorial-principles'"/>
      <xsl:with-param name="heading" select="'Editorial principles'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates select="tei:p" mode="#current"/>
        <xsl:for-each select="* except tei:p">
          <h3>{edp:about-label(local-name())}</h3>
          <xsl:apply-templates select="*" mode="#current"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:p" mode="m:about">
    <p><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:classDecl" mode="m:about">
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'reactions'"/>
      <xsl:with-param name="heading" select="'Audience reactions'"/>
      <xsl:with-param name="content" as="node()*">
        <p>Reactions recorded in the text are classified by this taxonomy; the number after
          each category says how often the text records it.</p>
        <xsl:apply-templates select="tei:taxonomy" mode="#current"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:taxonomy" mode="m:about">
    <xsl:apply-templates select="tei:catDesc" mode="#current"/>
    <ul class="taxonomy">
      <xsl:apply-templates select="tei:category" mode="#current"/>
    </ul>
  </xsl:template>

  <!-- the elements of the text by the pointers of their @ana -->
  <xsl:key name="edp:by-ana" match="/tei:TEI/tei:text//*[@ana]" use="tokenize(@ana)"/>

  <xsl:template match="tei:category" mode="m:about">
    <xsl:variable name="id" as="xs:string" select="string(@xml:id)"/>
    <xsl:variable name="uses" as="xs:integer" select="count(if (root() instance of document-node())
        then key('edp:by-ana', '#' || $id, root())
        else root()/tei:TEI/tei:text//*[('#' || $id) = tokenize(@ana)])"/>
    <li id="category-{ed:slug($id)}">
      <span class="category">{normalize-space((tei:catDesc, @xml:id)[1])}</span>
      <xsl:if test="not(tei:category)"> <span class="count"> ({$uses})</span></xsl:if>
      <xsl:if test="@corresp">
        <xsl:text> </xsl:text>
        <span class="corresp">(maps to ParlaMint <code>{substring-after(@corresp, '#')}</code>)</span>
      </xsl:if>
      <xsl:if test="tei:category">
        <ul class="taxonomy">
          <xsl:apply-templates select="tei:category" mode="#current"/>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="tei:taxonomy/tei:catDesc" mode="m:about">
    <p><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:particDesc" mode="m:about">
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'participants'"/>
      <xsl:with-param name="heading" select="'Speakers and persons present'"/>
      <xsl:with-param name="content" as="node()*">
        <ul class="participants">
          <xsl:for-each select=".//(tei:person | tei:personGrp)">
            <li>
              <a href="persons.html#{ed:index-anchor(.)}">{ed:entity-name(.)}</a>
              <xsl:if test="@role"> ({@role})</xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:tagsDecl" mode="m:about">
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'markup'"/>
      <xsl:with-param name="heading" select="'Markup'"/>
      <xsl:with-param name="content" as="node()*">
        <table class="tag-usage">
          <caption>TEI elements used in this edition and how often</caption>
          <thead><tr><th scope="col">Element</th><th scope="col">Occurrences</th>
            <th scope="col">With an id</th></tr></thead>
          <tbody>
            <xsl:for-each select=".//tei:tagUsage">
              <tr><th scope="row"><code>{@gi}</code></th><td>{@occurs}</td><td>{@withId}</td></tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- context: the teiHeader -->
  <xsl:template name="edp:about-making">
    <xsl:variable name="applications" as="element()*" select="tei:encodingDesc/tei:appInfo/tei:application"/>
    <xsl:call-template name="edp:about-section">
      <xsl:with-param name="id" select="'making'"/>
      <xsl:with-param name="heading" select="'How this edition was made'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:for-each select="$applications">
          <p>Encoded in TEI P5 by <strong class="application">{normalize-space((tei:label, @ident)[1])}</strong>
            <xsl:if test="@version">, version <span class="version">{@version}</span></xsl:if>.</p>
        </xsl:for-each>
        <xsl:for-each select="tei:fileDesc/tei:titleStmt/tei:respStmt">
          <p>{normalize-space(tei:resp)}: {string-join(tei:name ! normalize-space(), ', ')}.</p>
        </xsl:for-each>
        <xsl:if test="tei:revisionDesc/tei:change">
          <h3>Changes</h3>
          <ul>
            <xsl:for-each select="tei:revisionDesc/tei:change">
              <li><xsl:if test="@when">{@when}: </xsl:if>
                <xsl:apply-templates mode="#current"/></li>
            </xsl:for-each>
          </ul>
        </xsl:if>
        <p>The pages of this site were generated from the TEI file alone; the
          <a href="{$base-name}.tei.xml" type="application/tei+xml">TEI source</a> is the
          authoritative form of the edition.</p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
