<?xml version="1.0" encoding="UTF-8"?>
<!--
  Functions shared by Recensio's stylesheets. Public functions use the prefix ed:
  (urn:recensio:functions), private helpers and data edp: (urn:recensio:functions:private);
  names are kebab-case. Policy (which elements are blocks, which @rend tokens stand for which
  delimiters) is data in the edp: variables below, not if-chains.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    exclude-result-prefixes="#all">

  <!-- TEI elements that only hold other blocks: any element standing directly inside one of
       these is a block of its own (a stage, quote, note or gap between paragraphs). -->
  <xsl:variable name="edp:container-names" as="xs:string+" select="
      'TEI', 'text', 'front', 'back', 'body', 'group', 'div',
      'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
      'sp', 'spGrp', 'floatingText', 'argument', 'docTitle', 'titlePage', 'epigraph',
      'lg', 'list', 'listBibl', 'table', 'figure'"/>

  <!-- TEI elements that are always blocks, wherever they stand. -->
  <xsl:variable name="edp:block-names" as="xs:string+" select="
      'p', 'ab', 'head', 'titlePart', 'docAuthor', 'docDate', 'docEdition', 'docImprint',
      'byline', 'dateline', 'opener', 'closer', 'salute', 'signed', 'postscript', 'trailer',
      'speaker', 'l', 'item', 'row'"/>

  <!-- @rend tokens that record delimiters the markup replaced, as (open, close). -->
  <xsl:variable name="edp:rend-delimiters" as="map(xs:string, xs:string+)" select="map {
      'parens'          : ('(', ')'),
      'parentheses'     : ('(', ')'),
      'brackets'        : ('[', ']'),
      'square-brackets' : ('[', ']'),
      'braces'          : ('{', '}')
    }"/>

  <!-- A @rend token that is itself an (open, close) pair of punctuation characters. -->
  <xsl:variable name="edp:delimiter-pair" as="xs:string" select="'^[\p{P}\p{S}]{2}$'"/>

  <xsl:key name="edp:note-by-id" match="tei:note[@xml:id]" use="string(@xml:id)"/>

  <!-- True for an element that only holds blocks (a div, an sp, the body). -->
  <xsl:function name="ed:is-container" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/self::tei:* and local-name($element) = $edp:container-names"/>
  </xsl:function>

  <!-- True for an element laid out as a block: a paragraph-like element, a container, or any
       element standing alone in a container (e.g. a stage between two paragraphs). -->
  <xsl:function name="ed:is-block" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="ed:is-container($element)
        or ($element/self::tei:* and local-name($element) = $edp:block-names)
        or ($element/parent::* ! ed:is-container(.)) = true()"/>
  </xsl:function>

  <!-- The (open, close) delimiters recorded on the element's @rend, or () when none is. A
       @rend token is either a name from edp:rend-delimiters ('parens') or the two delimiter
       characters themselves ('()', '[]', '“”'). The first token that is either one counts. -->
  <xsl:function name="ed:rend-delimiters" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="token" as="xs:string?" select="tokenize(string($element/@rend))
        [map:contains($edp:rend-delimiters, .) or matches(., $edp:delimiter-pair)][1]"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:sequence select="
        if (empty($token)) then ()
        else if (map:contains($edp:rend-delimiters, $token)) then $edp:rend-delimiters($token)
        else (substring($token, 1, 1), substring($token, 2, 1))"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The note a note anchor (ref or ptr with @target="#id") points at, if it is in the tree. -->
  <xsl:function name="ed:target-note" as="element(tei:note)?">
    <xsl:param name="anchor" as="element()"/>
    <xsl:variable name="id" as="xs:string" select="substring-after(string($anchor/@target), '#')"/>
    <xsl:variable name="root" as="node()" select="root($anchor)"/>
    <xsl:sequence select="(if ($root instance of document-node())
        then key('edp:note-by-id', $id, $root)
        else $root//tei:note[@xml:id eq $id])[1]"/>
  </xsl:function>

  <!-- ==== Pointers, names and titles (used by the HTML edition) ==== -->

  <xsl:key name="edp:by-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- The elements a pointer attribute (@ref, @who, @ana: '#id' tokens) points at, in the
       document of $context; tokens that are not local pointers or point nowhere give nothing. -->
  <xsl:function name="ed:pointed" as="element()*">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:variable name="root" as="node()" select="root($context)"/>
    <xsl:for-each select="tokenize($pointers)[starts-with(., '#')] ! substring(., 2)">
      <xsl:sequence select="(if ($root instance of document-node())
          then key('edp:by-id', ., $root) else $root//*[@xml:id eq current()])[1]"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The name a header entry (person, personGrp, org, place) goes by: its first name of the
       matching kind that is not a full form, else its first name of any kind, else its id. -->
  <xsl:function name="ed:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="names" as="element()*" select="$entity/(tei:persName | tei:orgName
        | tei:placeName | tei:name)"/>
    <xsl:sequence select="normalize-space(string(($names[not(@type = 'full')], $names,
        $entity/@xml:id)[1]))"/>
  </xsl:function>

  <!-- $s as a readable id fragment: lower case ASCII letters, digits and hyphens. -->
  <xsl:function name="ed:slug" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="ascii" as="xs:string"
        select="replace(normalize-unicode(lower-case($s), 'NFKD'), '\p{Mn}', '')"/>
    <xsl:variable name="slug" as="xs:string"
        select="replace(replace($ascii, '[^a-z0-9]+', '-'), '^-+|-+$', '')"/>
    <xsl:sequence select="if ($slug eq '') then 'x' else $slug"/>
  </xsl:function>

  <!-- The number of a paragraph whose id is p + digits ('12' for p12), else (). -->
  <xsl:function name="ed:paragraph-number" as="xs:string?">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="$p/@xml:id[matches(., '^p[0-9]+$')] ! substring(., 2)"/>
  </xsl:function>

  <!-- How many of $nodes (distinct nodes of one document, in document order, as a key gives
       them) are $node or come before it in document order: a binary search, so that numbering a
       node by the nodes before it costs a key lookup, not a walk along the preceding:: axis. -->
  <xsl:function name="ed:rank" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="edp:rank($nodes, $node, 0, count($nodes))"/>
  </xsl:function>

  <!-- ed:rank between $low and $high: $nodes[$low] is not after $node, $nodes[$high + 1] is. -->
  <xsl:function name="edp:rank" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="node" as="node()"/>
    <xsl:param name="low" as="xs:integer"/>
    <xsl:param name="high" as="xs:integer"/>
    <xsl:variable name="middle" as="xs:integer" select="($low + $high + 1) idiv 2"/>
    <xsl:sequence select="if ($low ge $high) then $low
        else if ($node &lt;&lt; $nodes[$middle]) then edp:rank($nodes, $node, $low, $middle - 1)
        else edp:rank($nodes, $node, $middle, $high)"/>
  </xsl:function>

  <!-- The main title of a TEI document, from its header. -->
  <xsl:function name="ed:document-title" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="titles" as="element(tei:title)*"
        select="root($tei)//tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(string(($titles[@type = 'main'], $titles, 'Untitled')[1]))"/>
  </xsl:function>

  <!-- ==== Critical apparatus (parallel segmentation: app, lem, rdg in place) ==== -->

  <!-- The sigla a reading (lem or rdg) names in @wit: '#B #C' gives ('B', 'C'). -->
  <xsl:function name="ed:reading-sigla" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="tokenize(string($reading/@wit)) ! replace(., '^#', '')"/>
  </xsl:function>

  <!-- The sigla of the document's witnesses: listWit's, in its order, then any other siglum
       an apparatus reading names, in the order of first use. -->
  <xsl:function name="ed:sigla" as="xs:string*">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="root" as="node()" select="root($tei)"/>
    <!-- (by keys in a document: readings that only name listed witnesses add nothing) -->
    <xsl:sequence select="if ($root instance of document-node()) then distinct-values((
        key('edp:witnesses', 'all', $root)/@xml:id ! string(),
        key('edp:readings-naming-unlisted', 'all', $root) ! ed:reading-sigla(.)))
      else distinct-values((
        $root//tei:sourceDesc//tei:listWit//tei:witness/@xml:id ! string(),
        $root//tei:text//tei:app/(tei:lem | tei:rdg) ! ed:reading-sigla(.)))"/>
  </xsl:function>

  <!-- The witnesses of the witness list, in document order, and by id; the apparatus readings
       that name a siglum the list does not have, in document order. -->
  <xsl:key name="edp:witnesses" match="tei:sourceDesc//tei:listWit//tei:witness" use="'all'"/>
  <xsl:key name="edp:witness-by-id" match="tei:sourceDesc//tei:listWit//tei:witness[@xml:id]"
      use="string(@xml:id)"/>
  <xsl:key name="edp:readings-naming-unlisted" use="'all'" match="(tei:text//tei:app/tei:lem
      | tei:text//tei:app/tei:rdg)[let $reading := . return
        ed:reading-sigla($reading)[empty(key('edp:witness-by-id', ., root($reading)))]]"/>

  <!-- The siglum of the copy text: the one the sourceDesc's copy-text bibl points at, else the
       first witness every lemma chosen without an editor's @resp names, else the first. -->
  <xsl:function name="ed:copy-text" as="xs:string?">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="root" as="node()" select="root($tei)"/>
    <xsl:variable name="declared" as="xs:string?" select="($root//tei:sourceDesc/tei:bibl
        [@type = 'copyText']/@corresp[starts-with(., '#')] ! substring(., 2))[1]"/>
    <xsl:variable name="lemmata" as="element(tei:lem)*" select="$root//tei:text//tei:lem[empty(@resp)]"/>
    <xsl:sequence select="($declared, ed:sigla($tei)[every $lem in $lemmata
        satisfies . = ed:reading-sigla($lem)], ed:sigla($tei))[1]"/>
  </xsl:function>

  <!-- The type of a reading: its own @type, else its app's (the app's most significant). -->
  <xsl:function name="ed:reading-type" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="string(($reading/@type, $reading/parent::tei:app/@type, 'substantive')[1])"/>
  </xsl:function>

  <!-- The reading (lem or rdg) of $app that witness $siglum has: the one whose @wit names it,
       else the lemma (a witness the app does not name reads as the lemma). -->
  <xsl:function name="ed:reading-of" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="siglum" as="xs:string"/>
    <xsl:sequence select="($app/(tei:lem | tei:rdg)[ed:reading-sigla(.) = $siglum], $app/tei:lem,
        $app/tei:rdg)[1]"/>
  </xsl:function>

</xsl:stylesheet>
