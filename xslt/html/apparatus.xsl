<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus (issue 5), for a text whose TEI records the variants of several
  witnesses in parallel segmentation (app with lem and rdg in place, witnesses in listWit).

  In the text, each variant place holds every reading, one span each, the lemma shown and the
  others hidden; each reading's classes name the witnesses that read it (wit-B) and a small
  marker after the place links to its entry in the section "Variants" at the end of the text,
  which lists every reading with its sigla (edition.js shows that entry in a panel beside the
  marker). Radio buttons before the article ("Read as: Edited text · P (copy text) · B …")
  show the whole text as one witness reads it, with CSS alone: the page's head carries one rule
  per witness, "#read-as-B:checked ~ .text .app .rdg:not(.wit-B) { display: none }". The
  witnesses are listed, with their descriptions, on <base-name>-witnesses.html.

  A text without app gets none of this: its pages are exactly what they were before.
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

  <!-- What the variants list and the witness page call each type of variant. -->
  <xsl:variable name="edp:variant-types" as="map(xs:string, xs:string)" select="map {
      'substantive'   : 'substantive variant',
      'orthographic'  : 'spelling variant',
      'punctuation'   : 'punctuation variant',
      'transposition' : 'transposition',
      'omission'      : 'omission',
      'addition'      : 'addition',
      'paragraphing'  : 'paragraph division'
    }"/>

  <!-- True if the document has a critical apparatus. -->
  <xsl:function name="ed:has-apparatus" as="xs:boolean">
    <xsl:param name="tei" as="node()"/>
    <xsl:sequence select="exists(root($tei)//tei:text//tei:app)"/>
  </xsl:function>

  <!-- A siglum as a token for HTML ids and classes: itself if it is a plain name, else its
       position among the witnesses. -->
  <xsl:function name="edp:wit-key" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:param name="siglum" as="xs:string"/>
    <xsl:sequence select="if (matches($siglum, '^[A-Za-z][A-Za-z0-9_\-]*$')) then $siglum
        else 'n' || index-of(ed:sigla($tei), $siglum)[1]"/>
  </xsl:function>

  <!-- A variant place's number in the text, and its entry's HTML id. -->
  <xsl:function name="edp:app-number" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="root" as="node()" select="root($app)"/>
    <xsl:choose>
      <xsl:when test="$root instance of document-node()">
        <!-- as xsl:number level="any" from="tei:text" counts: the apps after the last text
             that starts before it -->
        <xsl:variable name="apps" as="element(tei:app)*" select="key('edp:apps', 'all', $root)"/>
        <xsl:variable name="texts" as="element(tei:text)*" select="key('edp:texts', 'all', $root)"/>
        <xsl:variable name="from" as="element(tei:text)?" select="$texts[ed:rank($texts, $app)]"/>
        <xsl:variable name="n" as="xs:integer"
            select="ed:rank($apps, $app) - (if (exists($from)) then ed:rank($apps, $from) else 0)"/>
        <xsl:sequence select="if ($n eq 0) then '' else string($n)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:number select="$app" level="any" count="tei:app" from="tei:text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
  <xsl:key name="edp:apps" match="tei:app" use="'all'"/>
  <xsl:key name="edp:texts" match="tei:text" use="'all'"/>

  <xsl:function name="edp:app-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'var-' || edp:app-number($app)"/>
  </xsl:function>

  <!-- The sigla that read $reading at its place (those its @wit names, and for the lemma the
       witnesses the place does not name), in the order of the witness list. -->
  <xsl:function name="edp:readers" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="ed:sigla($reading)[ed:reading-of($reading/parent::tei:app, .) is $reading]"/>
  </xsl:function>

  <!-- The description of a witness, from listWit. -->
  <xsl:function name="edp:witness-description" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:param name="siglum" as="xs:string"/>
    <xsl:variable name="witness" as="element(tei:witness)?"
        select="(root($tei)//tei:listWit//tei:witness[@xml:id eq $siglum])[1]"/>
    <xsl:sequence select="normalize-space(string(($witness/tei:desc, $witness/tei:p, $witness)[1]))"/>
  </xsl:function>

  <!-- A reading as plain text, whitespace normalised. -->
  <xsl:function name="edp:reading-text" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(edp:plain($reading)))"/>
  </xsl:function>

  <!-- ==== in the text ==== -->

  <xsl:template match="tei:app" mode="m:html">
    <xsl:variable name="app" as="element(tei:app)" select="."/>
    <xsl:variable name="lemma" as="xs:string" select="tei:lem ! edp:reading-text(.)"/>
    <span class="app app-{ed:slug(string((@type, 'variant')[1]))}">
      <xsl:for-each select="tei:lem | tei:rdg">
        <span>
          <xsl:attribute name="class" select="'rdg', if (self::tei:lem) then 'lem' else 'alt',
              'rdg-empty'[empty(current()/node())],
              edp:readers(.) ! ('wit-' || edp:wit-key($app, .))"/>
          <xsl:apply-templates mode="#current"/>
        </span>
      </xsl:for-each>
      <xsl:if test="not(edp:in-link(.))">
        <a class="app-marker" id="{edp:app-id(.)}-ref" href="#{edp:app-id(.)}"
            aria-label="Variants{if ($lemma ne '') then ' of “' || $lemma || '”' else ' here'}">°</a>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- plain text (search, titles) is the edited text: the lemma -->
  <xsl:template match="tei:app" mode="m:plain">
    <xsl:apply-templates select="tei:lem/node()" mode="#current"/>
  </xsl:template>

  <!-- a witness that starts a new paragraph here -->
  <xsl:template match="tei:milestone[@unit = 'paragraph']" mode="m:html">
    <span class="para-break" title="a new paragraph in this witness">¶</span>
  </xsl:template>

  <xsl:template match="tei:milestone[@unit = 'paragraph']" mode="m:plain">
    <xsl:text>¶</xsl:text>
  </xsl:template>

  <!-- ==== the witness switch, before the article ==== -->

  <!-- context: a TEI document with an apparatus. The radio buttons are siblings of the article,
       so that "#read-as-B:checked ~ .text" can select it. -->
  <xsl:template name="ed:witness-switch">
    <xsl:variable name="tei" as="node()" select="."/>
    <xsl:variable name="copy" as="xs:string?" select="ed:copy-text(.)"/>
    <p id="witness-switch-legend" class="witness-switch-legend">Read the text as one witness
      has it (<a href="{$base-name}-witnesses.html">the witnesses</a>):</p>
    <input type="radio" name="read-as" id="read-as-edition" class="witness-switch"
        checked="checked" aria-describedby="witness-switch-legend"/>
    <label for="read-as-edition" class="witness-switch-label">Edited text</label>
    <xsl:for-each select="ed:sigla(.)">
      <xsl:variable name="key" as="xs:string" select="edp:wit-key($tei, .)"/>
      <xsl:text> </xsl:text>
      <input type="radio" name="read-as" id="read-as-{$key}" class="witness-switch"
          value="{.}" aria-describedby="witness-switch-legend"/>
      <label for="read-as-{$key}" class="witness-switch-label"
          title="{edp:witness-description($tei, .)}">{.}{if (. eq $copy) then ' (copy text)' else ''}</label>
    </xsl:for-each>
  </xsl:template>

  <!-- The rules that show the text as each witness reads it, for the page's head. -->
  <xsl:template name="ed:witness-style">
    <xsl:variable name="tei" as="node()" select="."/>
    <style>
      <xsl:for-each select="ed:sigla(.) ! edp:wit-key($tei, .)">
        <!-- no ">" (a child combinator): the XHTML serialiser would escape it, and an HTML
             parser takes a style's text as it stands -->
        <xsl:text>&#10;#read-as-{.}:checked ~ .text .app .rdg:not(.wit-{.}) {{ display: none; }}</xsl:text>
        <xsl:text>&#10;#read-as-{.}:checked ~ .text .app .rdg.wit-{.} {{ display: inline; }}</xsl:text>
      </xsl:for-each>
      <xsl:text>&#10;</xsl:text>
    </style>
  </xsl:template>

  <!-- ==== the section "Variants", at the end of the text ==== -->

  <xsl:template name="ed:variants-section">
    <xsl:param name="text" as="element(tei:text)" required="yes"/>
    <xsl:variable name="apps" as="element(tei:app)*" select="$text//tei:app"/>
    <xsl:if test="exists($apps)">
      <section id="variants" class="variants" aria-labelledby="variants-h">
        <h2 id="variants-h">Variants</h2>
        <p class="variants-intro">Every place where the <a href="{$base-name}-witnesses.html">witnesses</a>
          differ, with what each of them reads; the text above gives the first reading of each
          place.</p>
        <ol class="variant-list">
          <xsl:apply-templates select="$apps" mode="m:variant"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:app" mode="m:variant">
    <xsl:variable name="app" as="element(tei:app)" select="."/>
    <xsl:variable name="block" as="element()?" select="ancestor::*[self::tei:p or self::tei:ab
        or self::tei:note or self::tei:head][1]"/>
    <xsl:variable name="number" as="xs:string?" select="$block ! ed:paragraph-number(.)"/>
    <li id="{edp:app-id(.)}" class="variant">
      <div class="variant-body">
        <p class="variant-head">
          <xsl:choose>
            <xsl:when test="exists($number)">
              <a href="#{$block/@xml:id}">¶ {$number}</a>
            </xsl:when>
            <xsl:when test="$block/self::tei:note">In note {($block/@n, '')[1]}</xsl:when>
            <xsl:otherwise>Variant {edp:app-number(.)}</xsl:otherwise>
          </xsl:choose>
          <xsl:for-each select="@type">
            <xsl:text> · </xsl:text>
            <span class="variant-type">{($edp:variant-types(string(.)), string(.))[1]}</span>
          </xsl:for-each>
        </p>
        <ul class="readings">
          <xsl:for-each select="tei:lem | tei:rdg">
            <li class="reading {if (self::tei:lem) then 'reading-lem' else 'reading-alt'}">
              <span class="sigla">
                <xsl:for-each select="edp:readers(.)">
                  <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
                  <abbr class="siglum" title="{edp:witness-description($app, .)}">{.}</abbr>
                </xsl:for-each>
              </span>
              <xsl:text> </xsl:text>
              <xsl:variable name="text" as="xs:string"
                  select="replace(edp:reading-text(.), '^¶$', '')"/>
              <xsl:choose>
                <xsl:when test="$text ne ''">
                  <span class="reading-text">{$text}</span>
                </xsl:when>
                <xsl:otherwise>
                  <span class="reading-text reading-none">{
                      if (tei:milestone[@unit = 'paragraph']) then '¶ starts a new paragraph'
                      else if (ed:reading-type(.) eq 'paragraphing') then 'runs on'
                      else if (self::tei:lem) then 'lacks these words'
                      else 'omits'}</span>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="self::tei:lem">
                <span class="reading-note"> (edited text{@resp ! ', editor’s choice'})</span>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </div>
      <xsl:if test="not(edp:in-link(.))">
        <p class="backlinks">
          <a class="backlink" href="#{edp:app-id(.)}-ref"
              aria-label="Back to the text at variant {edp:app-number(.)}">↩</a>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ==== <base-name>-witnesses.html ==== -->

  <xsl:template name="ed:witnesses-page">
    <xsl:variable name="tei" as="node()" select="."/>
    <xsl:variable name="apps" as="element(tei:app)*" select="tei:TEI/tei:text//tei:app"/>
    <xsl:variable name="copy" as="xs:string?" select="ed:copy-text(.)"/>
    <xsl:result-document href="{$base-name}-witnesses.html" format="ed:page">
      <xsl:call-template name="ed:page">
        <xsl:with-param name="title" select="'Witnesses: ' || ed:document-title(.)"/>
        <xsl:with-param name="site-title" select="ed:site-title(.)"/>
        <xsl:with-param name="file" select="$base-name || '-witnesses.html'"/>
        <xsl:with-param name="lang" select="ed:document-lang(.)"/>
        <xsl:with-param name="page-class" select="'page-witnesses'"/>
        <xsl:with-param name="main" as="node()*">
          <nav class="text-tools" aria-label="This text">
            <ul>
              <li><a href="{$base-name}.html">Read the text</a></li>
              <li><a href="{$base-name}.html#variants">Variants</a></li>
              <li><a href="{$base-name}-about.html">About this edition</a></li>
              <li><a href="{$base-name}.tei.xml" type="application/tei+xml">TEI source</a></li>
            </ul>
          </nav>
          <article class="about witnesses">
            <h1><span class="kicker">Witnesses</span>
              <span class="title-main">{ed:document-title(.)}</span></h1>
            <p>This edition collates {count(ed:sigla(.))} witnesses of the text<xsl:if
              test="exists($copy)">; its copy text is <strong>{$copy}</strong></xsl:if>.
              They differ at {count($apps)} {if (count($apps) eq 1) then 'place' else 'places'}<xsl:call-template name="edp:type-counts">
                <xsl:with-param name="readings" select="$apps"/>
              </xsl:call-template>. The edited text follows the copy text except where the
              editor chose another witness’s reading.</p>
            <dl class="witness-list">
              <xsl:for-each select="ed:sigla(.)">
                <xsl:variable name="siglum" as="xs:string" select="."/>
                <xsl:variable name="witness" as="element(tei:witness)?"
                    select="($tei//tei:listWit//tei:witness[@xml:id eq $siglum])[1]"/>
                <xsl:variable name="own" as="element()*"
                    select="$apps ! ed:reading-of(., $siglum)[self::tei:rdg]"/>
                <dt id="witness-{edp:wit-key($tei, .)}">
                  <span class="siglum">{.}</span>
                  <xsl:if test=". eq $copy">
                    <xsl:text> </xsl:text><span class="copy-text-badge">copy text</span>
                  </xsl:if>
                </dt>
                <dd>
                  <p class="witness-desc">{edp:witness-description($tei, .)}</p>
                  <xsl:for-each select="$witness//tei:bibl">
                    <p class="bibliography"><xsl:apply-templates select="." mode="m:about"/></p>
                  </xsl:for-each>
                  <p class="witness-stats">
                    <xsl:choose>
                      <xsl:when test="empty($own)">Reads as the edited text everywhere.</xsl:when>
                      <xsl:otherwise>Differs from the edited text at {count($own)}
                        {if (count($own) eq 1) then 'place' else 'places'}<xsl:call-template name="edp:type-counts">
                          <xsl:with-param name="readings" select="$own"/>
                        </xsl:call-template>.</xsl:otherwise>
                    </xsl:choose>
                    <xsl:text> </xsl:text>
                    <a href="{$base-name}.html?witness={encode-for-uri(.)}">Read the text as {.}</a>
                  </p>
                </dd>
              </xsl:for-each>
            </dl>
          </article>
        </xsl:with-param>
        <xsl:with-param name="footer" as="node()*">
          <xsl:call-template name="ed:licence-line"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- " (9 substantive variants, 2 omissions …)": how many of the readings are of each type. -->
  <xsl:template name="edp:type-counts">
    <xsl:param name="readings" as="element()*" required="yes"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each-group select="$readings" group-by="ed:reading-type(.)">
        <xsl:sort select="count(current-group())" order="descending"/>
        <xsl:sort select="current-grouping-key()"/>
        <xsl:sequence select="count(current-group()) || ' '
            || ($edp:variant-types(current-grouping-key()), current-grouping-key())[1]
            || (if (count(current-group()) gt 1) then 's' else '')"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:if test="exists($parts)"> ({string-join($parts, ', ')})</xsl:if>
  </xsl:template>

</xsl:stylesheet>
