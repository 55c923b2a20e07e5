<?xml version="1.0" encoding="UTF-8"?>
<!--
  The front of the book, from the teiHeader: the title page, and on its verso the source (the
  copy text and its publication history), the editorial principles the encoding applied
  (editorialDecl) and the signs this print edition uses. Then the opening of the text itself:
  text/front as the source prints it (author, title parts, argument, date, publication lines).
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

  <!-- The headings of the editorial declaration's parts, by element name. -->
  <xsl:variable name="edp:policy-names" as="map(xs:string, xs:string)" select="map {
      'correction' : 'Correction', 'normalization' : 'Normalisation',
      'quotation' : 'Quotation', 'hyphenation' : 'Hyphenation',
      'segmentation' : 'Segmentation', 'interpretation' : 'Interpretation',
      'punctuation' : 'Punctuation', 'stdVals' : 'Standard values' }"/>

  <xsl:attribute-set name="edp:front-heading">
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">12pt</xsl:attribute>
    <xsl:attribute name="space-after">4pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- ==== title page and its verso ==== -->

  <xsl:template match="tei:TEI" mode="m:title-page">
    <xsl:call-template name="edp:page-sequence">
      <xsl:with-param name="id" select="'title-page'"/>
      <xsl:with-param name="master" select="'title-page'"/>
      <xsl:with-param name="format" select="'i'"/>
      <xsl:with-param name="first-number" select="'1'"/>
      <xsl:with-param name="content" as="element()*">
        <xsl:apply-templates select="tei:teiHeader/tei:fileDesc" mode="m:title-page"/>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="edp:page-sequence">
      <xsl:with-param name="id" select="'principles'"/>
      <xsl:with-param name="format" select="'i'"/>
      <xsl:with-param name="verso-head" select="edp:running-author(.)"/>
      <xsl:with-param name="recto-head" select="'Source and editorial principles'"/>
      <xsl:with-param name="content" as="element()*">
        <xsl:call-template name="edp:principles"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:fileDesc" mode="m:title-page">
    <xsl:variable name="titles" as="element(tei:title)*" select="tei:titleStmt/tei:title"/>
    <xsl:variable name="main" as="element(tei:title)?" select="($titles[@type = 'main'], $titles)[1]"/>
    <fo:block text-align="center" hyphenate="false">
      <fo:block space-before="22mm" font-size="11pt" letter-spacing="0.12em" text-transform="uppercase">
        <xsl:value-of select="tei:titleStmt/tei:author ! normalize-space()" separator=" · "/>
      </fo:block>
      <fo:block space-before="14mm" font-size="20pt" line-height="25pt">
        <xsl:value-of select="normalize-space($main)"/>
      </fo:block>
      <xsl:for-each select="$titles except $main">
        <fo:block space-before="6mm" font-size="10pt" line-height="14pt" font-style="italic"
            start-indent="6mm" end-indent="6mm">
          <xsl:value-of select="normalize-space()"/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="ancestor::tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]">
        <fo:block space-before="8mm" font-size="10pt"><xsl:value-of select="normalize-space()"/></fo:block>
      </xsl:for-each>
      <fo:block space-before="10mm">
        <fo:leader leader-pattern="rule" leader-length="20mm" rule-thickness="0.4pt"/>
      </fo:block>
      <xsl:for-each select="tei:editionStmt/tei:edition">
        <fo:block space-before="6mm" font-size="9pt" font-style="italic"><xsl:value-of select="normalize-space()"/></fo:block>
      </xsl:for-each>
      <xsl:for-each select="tei:titleStmt/tei:editor">
        <fo:block space-before="2mm" font-size="9pt">Edited by <xsl:value-of select="normalize-space()"/></fo:block>
      </xsl:for-each>
      <xsl:for-each select="tei:publicationStmt">
        <fo:block space-before="40mm" font-size="9pt">
          <xsl:value-of select="(tei:publisher, tei:pubPlace) ! normalize-space()" separator=" · "/>
        </fo:block>
        <xsl:for-each select="tei:date[@when]">
          <fo:block font-size="9pt"><xsl:value-of select="normalize-space()"/></fo:block>
        </xsl:for-each>
        <xsl:for-each select=".//tei:licence">
          <fo:block space-before="2mm" font-size="7.5pt" line-height="10pt"><xsl:value-of select="normalize-space()"/></fo:block>
        </xsl:for-each>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- The verso of the title page: the source, its history, the principles, the signs. -->
  <xsl:template name="edp:principles">
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tei:teiHeader"/>
    <fo:block id="principles-start" xsl:use-attribute-sets="edp:front-heading" space-before="0pt">The source</fo:block>
    <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl" mode="m:header"/>
    <xsl:if test="$header/tei:fileDesc/tei:sourceDesc/tei:listBibl/tei:bibl">
      <fo:block xsl:use-attribute-sets="edp:front-heading">Publication history</fo:block>
      <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/tei:listBibl/tei:bibl" mode="m:header"/>
    </xsl:if>
    <xsl:call-template name="edp:witnesses"/>
    <xsl:if test="$header/tei:encodingDesc/tei:editorialDecl/*">
      <fo:block xsl:use-attribute-sets="edp:front-heading">Editorial principles</fo:block>
      <xsl:apply-templates select="$header/tei:encodingDesc/tei:editorialDecl/*" mode="m:header"/>
    </xsl:if>
    <fo:block xsl:use-attribute-sets="edp:front-heading">This print edition</fo:block>
    <xsl:call-template name="edp:signs"/>
  </xsl:template>

  <xsl:template name="edp:signs">
    <xsl:variable name="gaps" as="xs:integer" select="count(tei:text//tei:gap)"/>
    <fo:block text-align="justify" space-after="3pt">The text is the reading text of the
      edition: corrections and regularisations are printed, words divided at the end of a line
      in the transcript are joined. Numbers in the margin are the paragraph numbers of the
      digital edition. Notes are printed as footnotes on the page of their marker and numbered
      as in the source; emendations are listed at the foot of the page by paragraph number, as
      <fo:inline font-style="italic">reading of this edition</fo:inline>] <fo:inline
      font-style="italic">form printed in the source</fo:inline>. Interjections and the
      audience’s reactions are set in italic within their printed brackets; embedded documents
      are indented.</fo:block>
    <fo:block text-align="justify">
      <fo:inline font-weight="bold"><xsl:value-of select="$gap-marker"/></fo:inline> marks text
      lost in the source: a paragraph that breaks off mid-sentence, or a gap in the
      transcript<xsl:if test="$gaps gt 0"> (<xsl:value-of select="$gaps"/>
      <xsl:value-of select="if ($gaps eq 1) then ' place' else ' places'"/> in this
      text)</xsl:if>. Nothing has been supplied there.</fo:block>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="m:header">
    <fo:block text-align="start" space-after="3pt" start-indent="4mm" text-indent="-4mm">
      <xsl:choose>
        <xsl:when test="text()[normalize-space()] or empty(*)">
          <xsl:apply-templates mode="m:header"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="*">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:apply-templates select="." mode="m:header"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:title[@level = ('m', 'j', 's') or empty(@level)]" mode="m:header">
    <fo:inline font-style="italic"><xsl:apply-templates mode="m:header"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:title[@level = 'a']" mode="m:header">
    <xsl:text>“</xsl:text><xsl:apply-templates mode="m:header"/><xsl:text>”</xsl:text>
  </xsl:template>

  <xsl:template match="text()" mode="m:header">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

  <xsl:template match="tei:editorialDecl/*" mode="m:header">
    <xsl:variable name="name" as="xs:string"
        select="($edp:policy-names(local-name()), local-name())[1]"/>
    <xsl:for-each select="if (tei:p) then tei:p else .">
      <fo:block text-align="justify" space-after="3pt">
        <xsl:if test="position() eq 1">
          <fo:inline font-style="italic"><xsl:value-of select="$name"/></fo:inline>
          <xsl:text>. </xsl:text>
        </xsl:if>
        <xsl:apply-templates mode="m:header"/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- ==== the opening of the text: text/front as printed ==== -->

  <xsl:template match="tei:front" mode="m:fo">
    <fo:block id="{edp:id(.)}" text-align="center" hyphenate="false" space-after="14pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:docAuthor" mode="m:fo">
    <fo:block font-size="10pt" letter-spacing="0.12em" text-transform="uppercase" space-after="8pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:docTitle" mode="m:fo">
    <fo:block space-after="8pt"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:titlePart" mode="m:fo">
    <fo:block font-size="{if (@type = 'main' or empty(preceding-sibling::tei:titlePart)) then '16pt' else '12pt'}"
        line-height="1.3" space-after="2pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:front/tei:argument" mode="m:fo">
    <fo:block font-style="italic" font-size="8.5pt" line-height="12pt" start-indent="8mm"
        end-indent="8mm" space-after="6pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:argument/tei:p" mode="m:fo" priority="2">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:docDate" mode="m:fo">
    <fo:block space-after="8pt"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:front/tei:ab | tei:docImprint | tei:docEdition | tei:byline" mode="m:fo">
    <fo:block font-size="7.5pt" line-height="10pt" text-align="start" start-indent="8mm"
        end-indent="8mm" text-indent="-4mm" space-after="2pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
