<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page layout and type of the print edition: a royal octavo page (156 x 234 mm) with mirrored
  margins, running heads (verso: the author; recto: the short title) with the folio on the outer
  side, the folio at the foot of an opening page, a rule above the footnotes. One serif face
  throughout (DejaVu Serif: Latin, Cyrillic, Greek, curly quotes and dashes), which the renderer
  embeds.
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

  <!-- The font family the renderer registers (its FOP configuration names the same family). -->
  <xsl:variable name="edp:serif" as="xs:string" select="'DejaVu Serif'"/>

  <!-- How far left of the text the paragraph numbers stand, and how wide their box is. -->
  <xsl:variable name="edp:margin-number-offset" as="xs:string" select="'10mm'"/>

  <xsl:attribute-set name="edp:root">
    <xsl:attribute name="font-family" select="$edp:serif"/>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="line-height">13.5pt</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="hyphenation-remain-character-count">3</xsl:attribute>
    <xsl:attribute name="hyphenation-push-character-count">3</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
  </xsl:attribute-set>

  <!-- type of the apparatus, the footnotes and the running heads -->
  <xsl:attribute-set name="edp:small">
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="line-height">10pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="edp:running-head">
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.06em</xsl:attribute>
    <xsl:attribute name="text-transform">uppercase</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="edp:layout-master-set">
    <fo:layout-master-set>
      <xsl:call-template name="edp:page-master">
        <xsl:with-param name="name" select="'title-page'"/>
      </xsl:call-template>
      <xsl:call-template name="edp:page-master">
        <xsl:with-param name="name" select="'opening'"/>
        <xsl:with-param name="after" select="'folio-foot'"/>
      </xsl:call-template>
      <xsl:call-template name="edp:page-master">
        <xsl:with-param name="name" select="'recto'"/>
        <xsl:with-param name="before" select="'recto-head'"/>
      </xsl:call-template>
      <xsl:call-template name="edp:page-master">
        <xsl:with-param name="name" select="'verso'"/>
        <xsl:with-param name="before" select="'verso-head'"/>
        <xsl:with-param name="verso" select="true()"/>
      </xsl:call-template>
      <fo:page-sequence-master master-name="book">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="opening" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- One page master: mirrored margins (inner 24 mm, outer 20 mm), an optional running head
       region and an optional foot region. -->
  <xsl:template name="edp:page-master">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="before" as="xs:string?" select="()"/>
    <xsl:param name="after" as="xs:string?" select="()"/>
    <xsl:param name="verso" as="xs:boolean" select="false()"/>
    <fo:simple-page-master master-name="{$name}" page-width="156mm" page-height="234mm"
        margin-top="14mm" margin-bottom="14mm"
        margin-left="{if ($verso) then '20mm' else '24mm'}"
        margin-right="{if ($verso) then '24mm' else '20mm'}">
      <fo:region-body margin-top="12mm" margin-bottom="10mm"/>
      <xsl:if test="exists($before)">
        <fo:region-before region-name="{$before}" extent="8mm"/>
      </xsl:if>
      <xsl:if test="exists($after)">
        <fo:region-after region-name="{$after}" extent="8mm"/>
      </xsl:if>
    </fo:simple-page-master>
  </xsl:template>

  <!-- A page sequence of the book: running heads, folios, the footnote rule, then $content as
       the flow. $format is the folio's number format ('i' for the front matter). -->
  <xsl:template name="edp:page-sequence">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="master" as="xs:string" select="'book'"/>
    <xsl:param name="format" as="xs:string" select="'1'"/>
    <xsl:param name="first-number" as="xs:string" select="'auto'"/>
    <xsl:param name="verso-head" as="xs:string" select="''"/>
    <xsl:param name="recto-head" as="xs:string" select="''"/>
    <xsl:param name="content" as="node()*"/>
    <fo:page-sequence id="{$id}" master-reference="{$master}" format="{$format}"
        initial-page-number="{$first-number}">
      <xsl:if test="$master eq 'book'">
        <fo:static-content flow-name="verso-head">
          <xsl:call-template name="edp:running-head">
            <xsl:with-param name="left" as="node()*"><fo:page-number/></xsl:with-param>
            <xsl:with-param name="centre" select="$verso-head"/>
          </xsl:call-template>
        </fo:static-content>
        <fo:static-content flow-name="recto-head">
          <xsl:call-template name="edp:running-head">
            <xsl:with-param name="centre" select="$recto-head"/>
            <xsl:with-param name="right" as="node()*"><fo:page-number/></xsl:with-param>
          </xsl:call-template>
        </fo:static-content>
        <fo:static-content flow-name="folio-foot">
          <fo:block text-align="center" font-size="8pt"><fo:page-number/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-footnote-separator">
          <fo:block padding-top="6pt" padding-bottom="3pt" line-height="2pt">
            <fo:leader leader-pattern="rule" leader-length="30%" rule-thickness="0.4pt"/>
          </fo:block>
        </fo:static-content>
      </xsl:if>
      <fo:flow flow-name="xsl-region-body">
        <xsl:sequence select="$content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- A running head: folio on the outer side, the head centred, a hairline below. -->
  <xsl:template name="edp:running-head">
    <xsl:param name="left" as="node()*" select="()"/>
    <xsl:param name="centre" as="xs:string"/>
    <xsl:param name="right" as="node()*" select="()"/>
    <fo:table table-layout="fixed" width="100%" border-after-style="solid"
        border-after-width="0.3pt" xsl:use-attribute-sets="edp:running-head">
      <fo:table-column column-width="14mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="14mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><fo:block text-align="start"><xsl:sequence select="$left"/></fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="center" hyphenate="false"><xsl:value-of select="$centre"/></fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="end"><xsl:sequence select="$right"/></fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- The author the running heads name: the header's first author, else the printed one. -->
  <xsl:function name="edp:running-author" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space(string(($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt
        /tei:author, $tei/tei:text/tei:front//tei:docAuthor, '')[1]))"/>
  </xsl:function>

  <!-- The short title of the running heads: the printed main title part, else the header's. -->
  <xsl:function name="edp:short-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="printed" as="element()*"
        select="$tei/tei:text/tei:front/tei:docTitle/tei:titlePart"/>
    <xsl:variable name="main" as="element()?" select="($printed[@type = 'main'], $printed)[1]"/>
    <xsl:sequence select="if ($main) then normalize-space(string-join(
        $main/node() ! edp:plain(.))) else ed:document-title($tei)"/>
  </xsl:function>

  <!-- The reading text of a node without its note markers. -->
  <xsl:function name="edp:plain" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$node" mode="m:plain"/>
    </xsl:variable>
    <xsl:sequence select="string-join($text)"/>
  </xsl:function>

  <xsl:template match="tei:ref[@type = 'noteAnchor'] | tei:ptr | tei:note | tei:sic | tei:orig
      | tei:pc[@force = 'weak'] | tei:lb" mode="m:plain"/>

</xsl:stylesheet>
