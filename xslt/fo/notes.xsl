<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial notes as footnotes on the page of their marker, labelled as in the source ([1],
  [4b]). A note is placed at its first marker outside the notes; a note called only from inside
  another note follows that note's footnote (FO allows no footnote inside a footnote); later
  markers print the marker only. A note written inline (a hand-edited TEI note inside a
  paragraph) is a footnote at its place. Notes that no marker calls are printed after the text
  under their own head.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    exclude-result-prefixes="#all">

  <xsl:key name="edp:anchors-of" match="tei:text//tei:ref[@type = 'noteAnchor'][@target]
      | tei:text//tei:ptr[@type = 'noteAnchor'][@target]" use="substring-after(@target, '#')"/>

  <!-- Type of the footnote area: everything a footnote could inherit from its marker's
       surroundings (italic stage, indents, capitals) is set back. -->
  <xsl:attribute-set name="edp:footnote">
    <xsl:attribute name="start-indent">0mm</xsl:attribute>
    <xsl:attribute name="end-indent">0mm</xsl:attribute>
    <xsl:attribute name="text-indent">0mm</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="letter-spacing">normal</xsl:attribute>
    <xsl:attribute name="text-transform">none</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-align-last">start</xsl:attribute>
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="line-height">10pt</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="edp:marker">
    <xsl:attribute name="baseline-shift">super</xsl:attribute>
    <xsl:attribute name="font-size">65%</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
  </xsl:attribute-set>

  <!-- The marker that places $note: its first marker outside the notes, else a marker inside a
       note that is itself placed; () for a note no marker places. -->
  <xsl:function name="edp:placing-anchor" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="edp:placing-anchor($note, ())"/>
  </xsl:function>

  <xsl:function name="edp:placing-anchor" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="visited" as="element(tei:note)*"/>
    <xsl:variable name="anchors" as="element()*" select="key('edp:anchors-of', string($note/@xml:id),
        root($note))[not(ancestor::tei:note intersect $note)]"/>
    <xsl:sequence select="($anchors[empty(ancestor::tei:note)],
        $anchors[ancestor::tei:note[1][not(. intersect ($visited, $note))]
                 [exists(edp:placing-anchor(., ($visited, $note)))]])[1]"/>
  </xsl:function>

  <!-- The notes of the notes section that no marker places. -->
  <xsl:function name="edp:unplaced-notes" as="element(tei:note)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:text/tei:back//tei:div[@type = 'notes']//tei:note[@xml:id]
        [empty(edp:placing-anchor(.))] | $tei/tei:text/tei:back//tei:div[@type = 'notes']
        //tei:note[empty(@xml:id)]"/>
  </xsl:function>

  <!-- ==== markers ==== -->

  <xsl:template match="tei:ref[@type = 'noteAnchor'] | tei:ptr[@type = 'noteAnchor']" mode="m:fo">
    <xsl:variable name="note" as="element(tei:note)?" select="ed:target-note(.)"/>
    <xsl:variable name="marker" as="element(fo:inline)">
      <fo:inline xsl:use-attribute-sets="edp:marker">
        <xsl:value-of select="if (normalize-space(.)) then normalize-space(.)
            else '[' || ($note/@n, substring-after(@target, '#'))[1] || ']'"/>
      </fo:inline>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$note and empty(ancestor::tei:note) and edp:placing-anchor($note) is .">
        <xsl:call-template name="edp:footnotes">
          <xsl:with-param name="note" select="$note"/>
          <xsl:with-param name="marker" select="$marker"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$marker"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The footnote of $note at $marker, then the footnotes of the notes it places. -->
  <xsl:template name="edp:footnotes">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="marker" as="element(fo:inline)"/>
    <fo:footnote>
      <xsl:sequence select="$marker"/>
      <fo:footnote-body>
        <xsl:apply-templates select="$note" mode="m:footnote"/>
      </fo:footnote-body>
    </fo:footnote>
    <xsl:for-each select="$note//(tei:ref | tei:ptr)[@type = 'noteAnchor']">
      <xsl:variable name="called" as="element(tei:note)?" select="ed:target-note(.)"/>
      <xsl:if test="$called and edp:placing-anchor($called) is .">
        <xsl:call-template name="edp:footnotes">
          <xsl:with-param name="note" select="$called"/>
          <xsl:with-param name="marker" as="element(fo:inline)">
            <fo:inline><xsl:sequence select="$edp:nothing"/></fo:inline>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- an inline note: a footnote at its place (inside another note, in brackets) -->
  <xsl:template match="tei:note[empty(ancestor::tei:div[@type = 'notes'])]" mode="m:fo">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note">
        <xsl:text> [</xsl:text><xsl:apply-templates mode="m:fo"/><xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="edp:footnotes">
          <xsl:with-param name="note" select="."/>
          <xsl:with-param name="marker" as="element(fo:inline)">
            <fo:inline xsl:use-attribute-sets="edp:marker">
              <xsl:value-of select="'[' || edp:note-label(.) || ']'"/>
            </fo:inline>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note's label: its @n, else its number among the notes written inline. -->
  <xsl:function name="edp:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="root" as="node()" select="root($note)"/>
    <!-- the inline notes without @n before it, not around it (preceding::), counted by a key -->
    <xsl:sequence select="string(($note/@n, (if ($root instance of document-node())
        then ed:rank(key('edp:inline-notes-without-n', 'all', $root), $note)
          - count(($note/ancestor-or-self::tei:note)[empty(ancestor::tei:div[@type = 'notes'])]
            [empty(@n)][empty(ancestor::tei:teiHeader)])
        else count($note/preceding::tei:note[empty(ancestor::tei:div[@type = 'notes'])]
          [empty(@n)][empty(ancestor::tei:teiHeader)])) + 1)[1])"/>
  </xsl:function>
  <xsl:key name="edp:inline-notes-without-n" use="'all'"
      match="tei:note[empty(ancestor::tei:div[@type = 'notes'])][empty(@n)][empty(ancestor::tei:teiHeader)]"/>

  <!-- ==== the note itself ==== -->

  <xsl:template match="tei:note" mode="m:footnote">
    <fo:list-block id="{edp:id(.)}" xsl:use-attribute-sets="edp:footnote"
        provisional-distance-between-starts="6.5mm" provisional-label-separation="1mm">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block text-align="start"><xsl:value-of select="'[' || edp:note-label(.) || ']'"/></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <xsl:choose>
            <xsl:when test="tei:p">
              <xsl:apply-templates select="tei:p" mode="m:footnote"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="edp:note-criticus"/>
          <xsl:call-template name="edp:note-apparatus"/>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="tei:note/tei:p" mode="m:footnote">
    <fo:block text-indent="{if (position() gt 1) then '1em' else '0em'}">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- the printed label of a note ([1] at the start of its first paragraph) is the footnote's label -->
  <xsl:template match="tei:note/tei:p[1]/tei:label[1][empty(preceding-sibling::node()[normalize-space()])]"
      mode="m:fo" priority="3"/>

  <!-- ==== notes no marker calls ==== -->

  <xsl:template name="edp:other-notes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="notes" as="element(tei:note)*" select="edp:unplaced-notes($tei)"/>
    <xsl:if test="exists($notes)">
      <fo:block id="other-notes" space-before="18pt">
        <fo:block font-size="11pt" text-align="center" space-after="8pt"
            keep-with-next.within-page="always">Notes without a marker in the text</fo:block>
        <xsl:apply-templates select="$notes" mode="m:footnote"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
