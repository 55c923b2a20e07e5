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

</xsl:stylesheet>
