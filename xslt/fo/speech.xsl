<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text of the edition: one page sequence holding the opening (front), the body and whatever
  else the back holds besides the notes (which are footnotes). Divisions with section heads,
  speeches (sp), paragraphs with their number in the margin (p12 prints 12, as in the HTML
  edition), embedded documents (floatingText) indented under their own head, block quotations,
  stage directions and gaps standing between paragraphs, lists.

  The tunnel parameter $edp:indent is the start indent of the current block, so that margin
  numbers stay in the margin inside indented blocks.
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

  <!-- How much an embedded document and a block quotation are indented, in mm. -->
  <xsl:variable name="edp:embedded-indent" as="xs:decimal" select="8"/>
  <xsl:variable name="edp:quote-indent" as="xs:decimal" select="6"/>

  <xsl:template match="tei:text" mode="m:text">
    <xsl:variable name="tei" as="element(tei:TEI)" select="ancestor::tei:TEI[1]"/>
    <xsl:call-template name="edp:page-sequence">
      <xsl:with-param name="id" select="'text'"/>
      <xsl:with-param name="first-number" select="'1'"/>
      <xsl:with-param name="verso-head" select="edp:running-author($tei)"/>
      <xsl:with-param name="recto-head" select="edp:short-title($tei)"/>
      <xsl:with-param name="content" as="element()*">
        <fo:block id="text-start" text-align="justify">
          <xsl:apply-templates select="tei:front, tei:body, tei:back" mode="m:fo">
            <xsl:with-param name="edp:indent" select="0.0" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:call-template name="edp:other-notes">
            <xsl:with-param name="tei" select="$tei"/>
          </xsl:call-template>
        </fo:block>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- whitespace between blocks is not text -->
  <xsl:template match="text()[not(normalize-space())][parent::* ! ed:is-container(.)]" mode="m:fo"/>

  <xsl:template match="tei:body | tei:back | tei:div | tei:sp | tei:spGrp | tei:group" mode="m:fo">
    <fo:block id="{edp:id(.)}"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <!-- a speech: its block carries an index id, for the speaker's page range -->
  <xsl:template match="tei:sp[@who]" mode="m:fo">
    <fo:block id="ix-{edp:id(.)}"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:back/tei:div[@type = 'notes']" mode="m:fo"/>

  <xsl:template match="tei:div/tei:head | tei:body/tei:head" mode="m:fo">
    <fo:block font-size="11pt" line-height="15pt" text-align="center" hyphenate="false"
        space-before="16pt" space-after="8pt" keep-with-next.within-page="always">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="m:fo">
    <fo:block letter-spacing="0.08em" text-transform="uppercase" font-size="8pt"
        space-before="6pt" keep-with-next.within-page="always">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- ==== paragraphs ==== -->

  <xsl:template match="tei:p | tei:ab" mode="m:fo">
    <xsl:param name="edp:indent" as="xs:decimal" tunnel="yes" select="0.0"/>
    <xsl:variable name="number" as="xs:string?" select="ed:paragraph-number(.)"/>
    <xsl:variable name="indented" as="xs:boolean"
        select="exists(preceding-sibling::*[1][self::tei:p])"/>
    <xsl:variable name="block" as="element(fo:block)">
      <fo:block text-indent="{if ($indented) then '1em' else '0em'}">
        <xsl:apply-templates mode="m:fo"/>
      </fo:block>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="exists($number)">
        <fo:list-block id="{edp:id(.)}" provisional-distance-between-starts="0mm"
            provisional-label-separation="3mm">
          <fo:list-item>
            <fo:list-item-label start-indent="{$edp:indent - 10}mm" end-indent="label-end()">
              <fo:block text-align="end" text-indent="0em">
                <fo:inline font-size="6.5pt"><xsl:value-of select="$number"/></fo:inline>
              </fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <xsl:sequence select="$block"/>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block id="{edp:id(.)}"><xsl:sequence select="$block"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p/tei:label | tei:ab/tei:label" mode="m:fo">
    <fo:inline font-weight="bold"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <!-- ==== embedded documents ==== -->

  <xsl:template match="tei:floatingText" mode="m:fo">
    <xsl:param name="edp:indent" as="xs:decimal" tunnel="yes" select="0.0"/>
    <fo:block id="{edp:id(.)}" start-indent="{$edp:indent + $edp:embedded-indent}mm"
        font-size="9pt" line-height="13pt" space-before="10pt" space-after="10pt">
      <xsl:apply-templates mode="m:fo">
        <xsl:with-param name="edp:indent" select="$edp:indent + $edp:embedded-indent" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:floatingText/tei:front | tei:floatingText/tei:body" mode="m:fo" priority="2">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:floatingText/tei:front/tei:head" mode="m:fo" priority="2">
    <fo:block text-align="center" font-weight="bold" hyphenate="false" space-after="6pt"
        keep-with-next.within-page="always">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:div[@type = 'unit']" mode="m:fo" priority="2">
    <fo:block id="{edp:id(.)}" space-before="3pt"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <!-- ==== blocks standing between paragraphs ==== -->

  <xsl:template match="tei:quote[ed:is-block(.)][tei:p] | tei:cit[ed:is-block(.)]" mode="m:fo" priority="2">
    <xsl:param name="edp:indent" as="xs:decimal" tunnel="yes" select="0.0"/>
    <fo:block id="{edp:id(.)}" start-indent="{$edp:indent + $edp:quote-indent}mm"
        end-indent="{$edp:quote-indent}mm" font-size="9pt" line-height="13pt"
        space-before="6pt" space-after="6pt">
      <xsl:apply-templates mode="m:fo">
        <xsl:with-param name="edp:indent" select="$edp:indent + $edp:quote-indent" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:cit/tei:quote[tei:p]" mode="m:fo" priority="2">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:cit[ed:is-block(.)]/tei:bibl" mode="m:fo" priority="2">
    <fo:block text-align="end" font-size="8pt">— <xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:stage[ed:is-block(.)] | tei:gap[ed:is-block(.)]" mode="m:fo" priority="2">
    <xsl:param name="edp:indent" as="xs:decimal" tunnel="yes" select="0.0"/>
    <fo:block id="{edp:id(.)}" start-indent="{$edp:indent + $edp:quote-indent}mm"
        space-before="3pt" space-after="3pt" text-align="start">
      <xsl:next-match/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list" mode="m:fo">
    <xsl:param name="edp:indent" as="xs:decimal" tunnel="yes" select="0.0"/>
    <fo:block id="{edp:id(.)}" space-before="3pt" space-after="3pt">
     <xsl:apply-templates select="tei:head" mode="m:fo"/>
     <fo:list-block start-indent="{$edp:indent + 2}mm"
        provisional-distance-between-starts="6mm" provisional-label-separation="2mm">
      <xsl:for-each select="tei:item">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()">
            <fo:block><xsl:value-of select="(@n, '•')[1]"/></fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
     </fo:list-block>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list/tei:head" mode="m:fo">
    <fo:block font-style="italic" keep-with-next.within-page="always"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

</xsl:stylesheet>
