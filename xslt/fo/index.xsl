<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of persons: every person and group of the header's particDesc that the text names
  (persName/@ref), lets speak (said/@who, in an interjection or reported) or gives a speech to
  (sp/@who), under the name the header gives, with the pages. A speech is cited as the range of
  pages it covers, in italic.

  Each occurrence carries an FO id 'ix-…' (inline.xsl, speech.xsl); the renderer's first layout
  finds their pages and passes them in $page-of; on that first run the index has no numbers.
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

  <!-- (a name in another witness's reading, rdg, is not printed: not an occurrence) -->
  <xsl:key name="edp:occurrences" match="(tei:text//tei:persName[@ref] | tei:text//tei:said[@who]
      | tei:text//tei:sp[@who])[empty(ancestor::tei:rdg)]" use="tokenize(string(@ref | @who))[starts-with(., '#')] ! substring(., 2)"/>

  <!-- One edp:entry per person named in the text, sorted by name: @name as printed, @sort, and
       an edp:at per occurrence with its FO @id and whether it is a speech (@speech). -->
  <xsl:function name="edp:index-entries" as="element(edp:entry)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="entries" as="element(edp:entry)*">
      <xsl:for-each select="$tei/tei:teiHeader/tei:profileDesc/tei:particDesc
          //(tei:person | tei:personGrp)[@xml:id]">
        <xsl:variable name="occurrences" as="element()*"
            select="key('edp:occurrences', string(@xml:id), root(.))"/>
        <xsl:if test="exists($occurrences)">
          <edp:entry name="{edp:index-name(.)}">
            <xsl:for-each select="$occurrences">
              <edp:at id="ix-{edp:id(.)}" speech="{exists(self::tei:sp)}"/>
            </xsl:for-each>
          </edp:entry>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:perform-sort select="$entries">
      <xsl:sort select="lower-case(@name)" lang="en"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- A person's index name, surname first ("Lenin, V. I."); a group's name as it stands. -->
  <xsl:function name="edp:index-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="name" as="xs:string" select="ed:entity-name($entity)"/>
    <xsl:variable name="words" as="xs:string*" select="tokenize($name)"/>
    <xsl:sequence select="if ($entity/self::tei:person and count($words) gt 1)
        then $words[last()] || ', ' || string-join($words[position() lt last()], ' ')
        else $name"/>
  </xsl:function>

  <xsl:template match="tei:TEI" mode="m:index">
    <xsl:variable name="entries" as="element(edp:entry)*" select="edp:index-entries(.)"/>
    <xsl:if test="exists($entries)">
      <xsl:call-template name="edp:page-sequence">
        <xsl:with-param name="id" select="'index-pages'"/>
        <xsl:with-param name="verso-head" select="edp:running-author(.)"/>
        <xsl:with-param name="recto-head" select="'Index of persons'"/>
        <xsl:with-param name="content" as="element()*">
          <fo:block id="index" font-size="12pt" letter-spacing="0.1em" text-transform="uppercase"
              text-align="center" space-after="4mm">Index of persons</fo:block>
          <fo:block font-size="8pt" font-style="italic" text-align="center" space-after="8mm">Pages
            in italic: the person’s own speech.</fo:block>
          <xsl:apply-templates select="$entries" mode="m:index"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="edp:entry" mode="m:index">
    <fo:block start-indent="6mm" text-indent="-6mm" text-align="start" space-after="2pt">
      <xsl:value-of select="@name"/>
      <xsl:variable name="pages" as="element(edp:page)*">
        <xsl:apply-templates select="edp:at" mode="m:index"/>
      </xsl:variable>
      <xsl:for-each-group select="$pages" group-by="string(.) || @speech">
        <xsl:sort select="xs:integer(@ordinal)"/>
        <xsl:value-of select="if (position() eq 1) then '&#x2002;' else ', '"/>
        <xsl:choose>
          <xsl:when test="@speech = 'true'">
            <fo:inline font-style="italic"><xsl:value-of select="."/></fo:inline>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

  <!-- where the layout put one occurrence: a page, or a speech's range of pages -->
  <xsl:template match="edp:at" mode="m:index">
    <xsl:variable name="where" as="xs:string*" select="$page-of(string(@id))"/>
    <xsl:if test="exists($where)">
      <edp:page ordinal="{$where[3]}" speech="{@speech}">
        <xsl:value-of select="if (@speech = 'true' and $where[2] ne $where[1])
            then $where[1] || '–' || $where[2] else $where[1]"/>
      </edp:page>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
