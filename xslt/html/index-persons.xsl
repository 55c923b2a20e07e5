<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of names, persons.html: every person and group (particDesc), organisation (listOrg)
  and place (listPlace) of every text, grouped by name across texts, each with links to every
  place it speaks (sp, said) or is named (persName, orgName, placeName, name, rs with @ref).
  An entry's anchor is its kind and its name as a slug (#person-bukharin), so that the same
  person in two texts has one entry; an occurrence's anchor is w and the position of the
  pointing element among all elements of the text with @who or @ref (#w12).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:mp="urn:recensio:modes:private"
    exclude-result-prefixes="#all">

  <!-- The kinds of index entry, as (kind, heading of its section). -->
  <xsl:variable name="edp:index-kinds" as="array(xs:string)+"
      select="['person', 'Persons and groups'], ['org', 'Organisations'], ['place', 'Places']"/>

  <xsl:function name="edp:index-kind" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="if ($entity/self::tei:org) then 'org'
        else if ($entity/self::tei:place) then 'place' else 'person'"/>
  </xsl:function>

  <!-- The anchor of a header entry in the index of names: "person-bukharin". -->
  <xsl:function name="ed:index-anchor" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="edp:index-kind($entity) || '-' || ed:slug(ed:entity-name($entity))"/>
  </xsl:function>

  <!-- The elements with @who or @ref in the text, in document order. -->
  <xsl:key name="edp:occurrences-in-order" match="tei:text//*[@who or @ref]" use="'all'"/>

  <!-- The HTML id of an element with @who or @ref in the text: "w" and its position (as
       xsl:number level="any" counts them, by a key). -->
  <xsl:function name="ed:occurrence-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="root" as="node()" select="root($element)"/>
    <xsl:variable name="n" as="xs:string">
      <xsl:choose>
        <xsl:when test="$root instance of document-node()">
          <xsl:variable name="rank" as="xs:integer"
              select="ed:rank(key('edp:occurrences-in-order', 'all', $root), $element)"/>
          <xsl:sequence select="if ($rank eq 0) then '' else string($rank)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:number select="$element" level="any" count="tei:text//*[@who or @ref]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:sequence select="'w' || $n"/>
  </xsl:function>

  <!-- The entries of a document's header that the index lists. -->
  <xsl:function name="edp:entities" as="element()*">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="$tei/tei:TEI/tei:teiHeader//(tei:particDesc//(tei:person | tei:personGrp)
        | tei:listOrg/tei:org | tei:listPlace/tei:place)[@xml:id]"/>
  </xsl:function>

  <!-- The elements of the text that point at the entry and carry an occurrence id (in the
       edited text: not in another witness's reading, rdg, which is hidden unless chosen). -->
  <xsl:function name="ed:occurrences" as="element()*">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="pointer" as="xs:string" select="'#' || $entity/@xml:id"/>
    <xsl:sequence select="root($entity)/tei:TEI/tei:text//*[self::tei:sp or self::tei:said
        or self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name
        or self::tei:rs][$pointer = tokenize(string-join((@who, @ref), ' '))]
        [self::tei:sp or self::tei:said or not(edp:in-link(.))]
        [empty(ancestor::tei:rdg)]"/>
  </xsl:function>

  <!-- Where an occurrence is: "¶ 12", "note 3", "speaker", "title page" … -->
  <xsl:function name="edp:occurrence-label" as="xs:string">
    <xsl:param name="occurrence" as="element()"/>
    <xsl:variable name="p" as="element()?" select="$occurrence/ancestor::*
        [self::tei:p or self::tei:ab][exists(ed:paragraph-number(.))][1]"/>
    <xsl:variable name="note" as="element(tei:note)?" select="$occurrence/ancestor::tei:note[1]"/>
    <xsl:variable name="where" as="xs:string" select="
        if ($occurrence/self::tei:sp) then 'speaker'
        else if (exists($note)) then 'note ' || edp:note-number($note)
        else if (exists($p)) then '¶ ' || ed:paragraph-number($p)
        else if ($occurrence/ancestor::tei:front) then 'title page'
        else 'text'"/>
    <xsl:sequence select="$where || (
        if ($occurrence/ancestor::tei:stage[@type = 'interjection']) then ' (interjection)'
        else if ($occurrence/self::tei:said) then ' (speaks)' else '')"/>
  </xsl:function>

  <!-- The base name of the text a node belongs to. -->
  <xsl:function name="edp:base-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(for $i in 1 to count($texts)
        return $base-names[$i][$texts[$i] is root($node)], $base-name)[1]"/>
  </xsl:function>

  <xsl:template name="ed:persons-page">
    <xsl:result-document href="persons.html" format="ed:page">
      <xsl:call-template name="ed:page">
        <xsl:with-param name="title" select="'Index of names'"/>
        <xsl:with-param name="site-title" select="ed:site-title($texts[1])"/>
        <xsl:with-param name="file" select="'persons.html'"/>
        <xsl:with-param name="lang" select="($texts[1] ! ed:document-lang(.), 'en')[1]"/>
        <xsl:with-param name="page-class" select="'page-index'"/>
        <xsl:with-param name="main" as="node()*">
          <h1>Index of names</h1>
          <p class="lead">The persons, groups, organisations and places that the texts of this
            edition identify, with a link to every place where they speak or are named.</p>
          <xsl:variable name="entities" as="element()*" select="$texts ! edp:entities(.)"/>
          <xsl:for-each select="$edp:index-kinds[?1 = $entities ! edp:index-kind(.)]">
            <xsl:variable name="kind" as="xs:string" select="?1"/>
            <section class="index-section" aria-labelledby="index-{$kind}">
              <h2 id="index-{$kind}">{?2}</h2>
              <ul class="index-list">
                <xsl:for-each-group select="$entities[edp:index-kind(.) eq $kind]"
                    group-by="ed:index-anchor(.)">
                  <xsl:sort select="lower-case(ed:entity-name(.))"/>
                  <xsl:apply-templates select="." mode="mp:index-entry">
                    <xsl:with-param name="entities" select="current-group()"/>
                  </xsl:apply-templates>
                </xsl:for-each-group>
              </ul>
            </section>
          </xsl:for-each>
          <xsl:if test="empty($entities)">
            <p>The texts of this edition identify no persons, organisations or places.</p>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>


  <xsl:template match="*" mode="mp:index-entry">
    <xsl:param name="entities" as="element()+" required="yes"/>
    <li class="index-entry" id="{ed:index-anchor(.)}">
      <h3 class="index-name">{ed:entity-name(.)}</h3>
      <xsl:variable name="about" as="xs:string*" select="edp:entity-facts($entities)"/>
      <xsl:if test="exists($about) or exists($entities/tei:idno)">
        <p class="index-meta">
          <xsl:value-of select="string-join($about, '; ')"/>
          <xsl:for-each-group select="$entities/tei:idno" group-by="@type || ':' || normalize-space()">
            <xsl:text> </xsl:text>
            <xsl:sequence select="edp:authority-link(.)"/>
          </xsl:for-each-group>
        </p>
      </xsl:if>
      <ul class="index-texts">
        <xsl:for-each select="$entities">
          <xsl:variable name="base" as="xs:string" select="edp:base-of(.)"/>
          <xsl:variable name="occurrences" as="element()*" select="ed:occurrences(.)"/>
          <li>
            <cite><a href="{$base}.html">{ed:document-title(.)}</a></cite>
            <xsl:text>: </xsl:text>
            <xsl:if test="empty($occurrences)">listed among those present, not named in the text</xsl:if>
            <xsl:for-each-group select="$occurrences" group-adjacent="edp:occurrence-label(.)">
              <xsl:if test="position() gt 1">, </xsl:if>
              <a class="occurrence" href="{$base}.html#{ed:occurrence-id(.)}">{current-grouping-key()}</a>
              <xsl:if test="count(current-group()) gt 1"> ({count(current-group())}×)</xsl:if>
            </xsl:for-each-group>
          </li>
        </xsl:for-each>
      </ul>
    </li>
  </xsl:template>

  <!-- Full name, life dates and roles of the entry, as said by any of its texts. -->
  <xsl:function name="edp:entity-facts" as="xs:string*">
    <xsl:param name="entities" as="element()+"/>
    <xsl:variable name="full" as="xs:string*" select="distinct-values(
        $entities/tei:persName[@type = 'full'] ! normalize-space())"/>
    <xsl:variable name="born" as="xs:string?" select="($entities/tei:birth/@when)[1] ! substring(., 1, 4)"/>
    <xsl:variable name="died" as="xs:string?" select="($entities/tei:death/@when)[1] ! substring(., 1, 4)"/>
    <xsl:sequence select="$full,
        (if (exists(($born, $died))) then ($born, '?')[1] || '–' || ($died, '')[1] else ()),
        distinct-values($entities/@role ! string()),
        if ($entities[1]/self::tei:personGrp) then 'a group' else ()"/>
  </xsl:function>

  <!-- A link to an authority file for a known idno type, else the identifier as text. -->
  <xsl:function name="edp:authority-link" as="node()">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="id" as="xs:string" select="normalize-space($idno)"/>
    <xsl:choose>
      <xsl:when test="lower-case($idno/@type) eq 'wikidata' and matches($id, '^Q[0-9]+$')">
        <a class="authority" href="https://www.wikidata.org/wiki/{$id}">Wikidata {$id}</a>
      </xsl:when>
      <xsl:when test="lower-case($idno/@type) eq 'viaf' and matches($id, '^[0-9]+$')">
        <a class="authority" href="https://viaf.org/viaf/{$id}">VIAF {$id}</a>
      </xsl:when>
      <xsl:otherwise>
        <span class="authority">{$idno/@type} {$id}</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
