<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes. A note anchor (ref or ptr[@type='noteAnchor']) becomes a link to its note, with an id
  of its own that the note links back to; edition.js shows the note in a panel beside the
  anchor, the link and the backlink work without it. A note inside the running text (hand-
  edited TEI) leaves a marker in place and is listed, like the notes of the notes section, in
  the section "Notes" at the end of the text: one list item per note, with every backlink.
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

  <xsl:key name="edp:anchors-by-note" use="substring-after(@target, '#')"
      match="tei:ref[@type = 'noteAnchor'] | tei:ptr[@type = 'noteAnchor']"/>

  <!-- The notes of the notes section, and the notes standing in the text. -->
  <xsl:function name="edp:end-notes" as="element(tei:note)*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:sequence select="$text/tei:back/tei:div[@type = 'notes']//tei:note"/>
  </xsl:function>

  <xsl:function name="edp:inline-notes" as="element(tei:note)*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:sequence select="$text//tei:note[not(ancestor::tei:note)] except edp:end-notes($text)"/>
  </xsl:function>

  <!-- The notes without an id, and those without a number, in document order: a note's
       position among them (before it, not around it: preceding::) numbers it. -->
  <xsl:key name="edp:notes-without-id" match="tei:note[not(@xml:id)]" use="'all'"/>
  <xsl:key name="edp:notes-without-n" match="tei:note[not(@n)]" use="'all'"/>

  <!-- A note's HTML id: its xml:id, else "note-" and its position among the notes in the text. -->
  <xsl:function name="edp:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="root" as="node()" select="root($note)"/>
    <xsl:sequence select="string(($note/@xml:id, 'note-' || (if ($root instance of document-node())
        then ed:rank(key('edp:notes-without-id', 'all', $root), $note)
          - count($note/ancestor::tei:note[not(@xml:id)])
        else count($note/preceding::tei:note[not(@xml:id)]) + 1))[1])"/>
  </xsl:function>

  <!-- A note's number as printed: its @n, else a letter by its position among the notes
       without one (a, b, c …), which cannot be taken for a printed note number. -->
  <xsl:function name="edp:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="root" as="node()" select="root($note)"/>
    <xsl:sequence select="string(($note/@n, format-integer(if ($root instance of document-node())
        then ed:rank(key('edp:notes-without-n', 'all', $root), $note)
          - count($note/ancestor::tei:note[not(@n)])
        else count($note/preceding::tei:note[not(@n)]) + 1, 'a'))[1])"/>
  </xsl:function>

  <!-- The anchors of a note: the refs and ptrs pointing at it, and an inline note itself. -->
  <xsl:function name="edp:anchors" as="element()*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(if ($note/@xml:id)
        then key('edp:anchors-by-note', string($note/@xml:id), root($note)) else ())
        | $note[not(ancestor::tei:div[@type = 'notes'])]"/>
  </xsl:function>

  <!-- An anchor's HTML id: "ref-" and the note's id, then "-2", "-3" for later anchors. -->
  <xsl:function name="edp:anchor-id" as="xs:string">
    <xsl:param name="anchor" as="element()"/>
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="position" as="xs:integer"
        select="index-of(edp:anchors($note) ! generate-id(.), generate-id($anchor))[1]"/>
    <xsl:sequence select="'ref-' || edp:note-id($note) || (if ($position gt 1) then '-' || $position else '')"/>
  </xsl:function>

  <xsl:template match="tei:ref[@type = 'noteAnchor'] | tei:ptr[@type = 'noteAnchor']"
      mode="m:html">
    <xsl:variable name="note" as="element(tei:note)?" select="ed:target-note(.)"/>
    <xsl:variable name="label" as="xs:string" select="if (normalize-space(.)) then string(.)
        else '[' || (@n, $note ! edp:note-number(.))[1] || ']'"/>
    <xsl:choose>
      <xsl:when test="exists($note) and not(edp:in-link(.))">
        <xsl:call-template name="edp:note-marker">
          <xsl:with-param name="note" select="$note"/>
          <xsl:with-param name="id" select="edp:anchor-id(., $note)"/>
          <xsl:with-param name="label" select="$label"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <span class="noteref noteref-unlinked">{$label}</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note" mode="m:html">
    <xsl:call-template name="edp:note-marker">
      <xsl:with-param name="note" select="."/>
      <xsl:with-param name="id" select="edp:anchor-id(., .)"/>
      <xsl:with-param name="label" select="'[' || edp:note-number(.) || ']'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- the notes section of the TEI is rendered by ed:notes-section, at the end of the article -->
  <xsl:template match="tei:back/tei:div[@type = 'notes']" mode="m:html" priority="1"/>

  <xsl:template name="edp:note-marker">
    <xsl:param name="note" as="element(tei:note)" required="yes"/>
    <xsl:param name="id" as="xs:string" required="yes"/>
    <xsl:param name="label" as="xs:string" required="yes"/>
    <a class="noteref" id="{$id}" href="#{edp:note-id($note)}" role="doc-noteref"
        aria-label="Note {edp:note-number($note)}">{normalize-space($label)}</a>
  </xsl:template>

  <xsl:template name="ed:notes-section">
    <xsl:param name="text" as="element(tei:text)" required="yes"/>
    <xsl:variable name="end" as="element(tei:note)*" select="edp:end-notes($text)"/>
    <xsl:variable name="inline" as="element(tei:note)*" select="edp:inline-notes($text)"/>
    <xsl:if test="exists(($end, $inline))">
      <section id="notes" class="notes" aria-labelledby="notes-h">
        <h2 id="notes-h">Notes</h2>
        <xsl:if test="exists($end)">
          <ol class="note-list">
            <xsl:apply-templates select="$end" mode="m:note"/>
          </ol>
        </xsl:if>
        <xsl:if test="exists($inline)">
          <h3 class="notes-inline-h">Notes in the text</h3>
          <ol class="note-list">
            <xsl:apply-templates select="$inline" mode="m:note"/>
          </ol>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="m:note">
    <li id="{edp:note-id(.)}" class="note">
      <div class="note-body">
        <xsl:if test="empty(.//tei:label)">
          <span class="note-label">[{edp:note-number(.)}]</span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:apply-templates mode="m:html"/>
      </div>
      <xsl:variable name="note" as="element(tei:note)" select="."/>
      <xsl:variable name="anchors" as="element()*" select="edp:anchors(.)"/>
      <xsl:if test="exists($anchors)">
        <p class="backlinks">
          <xsl:for-each select="$anchors">
            <a class="backlink" href="#{edp:anchor-id(., $note)}"
                aria-label="Back to the text at note {edp:note-number($note)}{
                  if (last() gt 1) then ', reference ' || position() else ''}">
              <xsl:text>↩</xsl:text>
              <xsl:if test="last() gt 1"><sup>{position()}</sup></xsl:if>
            </a>
            <xsl:text> </xsl:text>
          </xsl:for-each>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- plain text (search index) keeps a ref's marker, as printed, but not the notes in the
       text, which have entries of their own -->
  <xsl:template match="tei:ptr[@type = 'noteAnchor'] | tei:note" mode="m:plain"/>

  <!-- the label a note's first paragraph starts with: "[1]" -->
  <xsl:template match="tei:note//tei:label[let $label := . return empty(ancestor::tei:note[last()]
      //tei:label[. &lt;&lt; $label] except ancestor::tei:label)]"
      mode="m:html" priority="1">
    <span class="note-label">
      <xsl:apply-templates mode="#current"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

</xsl:stylesheet>
