<?xml version="1.0" encoding="UTF-8"?>
<!--
  The apparatus criticus (issue 5): the variants of the witnesses, recorded in the TEI in
  parallel segmentation (app with lem and rdg in place, witnesses in listWit), printed at the
  foot of the page keyed by paragraph number, in the usual form:

    12 question] problem B C; matter D | very] om. C | have] add. undoubtedly D |
       produced coalescence] tr. B | whole B D] entire A; united C

  the lemma (the edited text) and a square bracket, then each reading with the sigla of the
  witnesses that have it; readings separated by semicolons, places by a vertical bar. Where the
  lemma is empty (words only other witnesses have), the word before it stands as lemma, or ^ at
  the start of a paragraph. Where the editor took the lemma from another witness than the copy
  text (lem/@resp), the lemma's sigla follow it. Only readings of the types in
  $apparatus-types are printed (by default no orthographic and no punctuation variants); a
  place none of whose readings is printed is left out.

  The text prints the lemma. The entry of a paragraph is one block of the footnote that
  apparatus.xsl places at the paragraph's first variant or emendation, above the paragraph's
  emendations; variants inside a note are listed at the end of its footnote.
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

  <!-- ==== in the text: the lemma ==== -->

  <xsl:template match="tei:app" mode="m:fo">
    <xsl:apply-templates select="tei:lem/node()" mode="m:fo"/>
    <xsl:apply-templates select="." mode="m:apparatus-call"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="m:plain">
    <xsl:apply-templates select="tei:lem/node()" mode="m:plain"/>
  </xsl:template>

  <!-- at the first variant or emendation of a paragraph: its apparatus footnote -->
  <xsl:template match="tei:app[empty(ancestor::tei:note)]" mode="m:apparatus-call">
    <xsl:variable name="block" as="element()" select="ancestor::*[ed:is-block(.)][1]"/>
    <xsl:if test="edp:apparatus-anchor($block) is .">
      <xsl:call-template name="edp:apparatus-footnote">
        <xsl:with-param name="block" select="$block"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ==== which places ==== -->

  <!-- The readings of $app that the apparatus prints: those of a type in $apparatus-types. -->
  <xsl:function name="edp:printed-readings" as="element(tei:rdg)*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$app/tei:rdg[ed:reading-type(.) = $apparatus-types]"/>
  </xsl:function>

  <!-- The variant places of the block (a paragraph, or a note) that the apparatus prints. -->
  <xsl:function name="edp:variant-places" as="element(tei:app)*">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="$block//tei:app[empty(ancestor::tei:rdg)]
        [ancestor::*[ed:is-block(.)][1] is $block or ancestor::tei:note[1] is $block]
        [exists(edp:printed-readings(.))]"/>
  </xsl:function>

  <!-- ==== the entry of a block ==== -->

  <!-- context: a paragraph (or a note); its number, then its places, or nothing -->
  <xsl:template name="edp:criticus-entry">
    <xsl:param name="block" as="element()" required="yes"/>
    <xsl:variable name="places" as="element(tei:app)*" select="edp:variant-places($block)"/>
    <xsl:if test="exists($places)">
      <fo:block id="criticus-{edp:id($block)}" xsl:use-attribute-sets="edp:footnote">
        <xsl:for-each select="ed:paragraph-number($block)">
          <fo:inline font-weight="bold"><xsl:value-of select="."/></fo:inline>
          <xsl:text>&#x2002;</xsl:text>
        </xsl:for-each>
        <xsl:call-template name="edp:places">
          <xsl:with-param name="places" select="$places"/>
        </xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- a note's variants, at the end of its footnote -->
  <xsl:template name="edp:note-criticus">
    <xsl:variable name="places" as="element(tei:app)*" select="edp:variant-places(.)"/>
    <xsl:if test="exists($places)">
      <fo:block space-before="1pt">
        <fo:inline font-style="italic">Variants: </fo:inline>
        <xsl:call-template name="edp:places">
          <xsl:with-param name="places" select="$places"/>
        </xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="edp:places">
    <xsl:param name="places" as="element(tei:app)*" required="yes"/>
    <xsl:for-each select="$places">
      <xsl:if test="position() gt 1"> | </xsl:if>
      <xsl:apply-templates select="." mode="m:criticus"/>
    </xsl:for-each>
  </xsl:template>

  <!-- one place: lemma] reading sigla; reading sigla -->
  <xsl:template match="tei:app" mode="m:criticus">
    <xsl:variable name="lemma" as="xs:string" select="edp:reading-words(tei:lem)"/>
    <xsl:choose>
      <xsl:when test="$lemma ne ''">
        <xsl:value-of select="$lemma"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="edp:word-before(.)"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="tei:lem/@resp">
      <xsl:text> </xsl:text>
      <xsl:sequence select="edp:sigla(tei:lem)"/>
    </xsl:if>
    <xsl:text>] </xsl:text>
    <xsl:for-each select="edp:printed-readings(.)">
      <xsl:if test="position() gt 1">; </xsl:if>
      <xsl:apply-templates select="." mode="m:criticus">
        <xsl:with-param name="lemma" select="$lemma"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:rdg" mode="m:criticus">
    <xsl:param name="lemma" as="xs:string" required="yes"/>
    <xsl:variable name="words" as="xs:string" select="edp:reading-words(.)"/>
    <xsl:variable name="type" as="xs:string" select="ed:reading-type(.)"/>
    <xsl:choose>
      <xsl:when test="tei:milestone[@unit = 'paragraph'] or $type eq 'paragraphing'">
        <xsl:text>¶ </xsl:text>
      </xsl:when>
      <xsl:when test="$words eq ''">
        <fo:inline font-style="italic">om.</fo:inline>
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:when test="$lemma eq ''">
        <fo:inline font-style="italic">add.</fo:inline>
        <xsl:text> </xsl:text>
        <xsl:value-of select="$words"/>
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:when test="$type eq 'transposition' and edp:swapped($lemma, $words)">
        <fo:inline font-style="italic">tr.</fo:inline>
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$words"/>
        <xsl:text> </xsl:text>
        <xsl:if test="$type eq 'transposition'">
          <fo:inline font-style="italic">tr.</fo:inline>
          <xsl:text> </xsl:text>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:sequence select="edp:sigla(.)"/>
  </xsl:template>

  <!-- The sigla of a reading, as printed: those its @wit names (for the lemma, also the
       witnesses the place does not name), in the order of the witness list. -->
  <xsl:function name="edp:sigla" as="element(fo:inline)">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="app" as="element(tei:app)" select="$reading/parent::tei:app"/>
    <fo:inline>
      <xsl:value-of select="ed:sigla($reading)[ed:reading-of($app, .) is $reading]" separator=" "/>
    </fo:inline>
  </xsl:function>

  <!-- The words of a reading, as the reading text prints them, whitespace normalised. -->
  <xsl:function name="edp:reading-words" as="xs:string">
    <xsl:param name="reading" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($reading/node() ! edp:plain(.)))"/>
  </xsl:function>

  <!-- The last word before $app in its paragraph (the lemma of an addition), else ^. -->
  <xsl:function name="edp:word-before" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="block" as="element()" select="$app/ancestor::*[ed:is-block(.) or self::tei:note][1]"/>
    <xsl:variable name="before" as="xs:string" select="string-join($block//text()[. &lt;&lt; $app]
        [empty(ancestor::tei:rdg | ancestor::tei:sic | ancestor::tei:orig | ancestor::tei:abbr
          | ancestor::tei:pc[@force = 'weak'] | ancestor::tei:label | ancestor::tei:note[not(. is $block)])])"/>
    <xsl:sequence select="(tokenize(normalize-space($before))[last()], '^')[1]"/>
  </xsl:function>

  <!-- True if the two readings are the same two words in the other order. -->
  <xsl:function name="edp:swapped" as="xs:boolean">
    <xsl:param name="a" as="xs:string"/>
    <xsl:param name="b" as="xs:string"/>
    <xsl:variable name="x" as="xs:string*" select="tokenize($a)"/>
    <xsl:variable name="y" as="xs:string*" select="tokenize($b)"/>
    <xsl:sequence select="count($x) eq 2 and count($y) eq 2 and $x[1] eq $y[2] and $x[2] eq $y[1]"/>
  </xsl:function>

  <!-- ==== the front matter: the witnesses and how the apparatus reads ==== -->

  <!-- context: the TEI element; nothing without an apparatus -->
  <xsl:template name="edp:witnesses">
    <xsl:if test="exists(tei:text//tei:app)">
      <xsl:variable name="copy" as="xs:string?" select="ed:copy-text(.)"/>
      <xsl:variable name="tei" as="element(tei:TEI)" select="."/>
      <fo:block xsl:use-attribute-sets="edp:front-heading">Witnesses</fo:block>
      <xsl:for-each select="ed:sigla(.)">
        <xsl:variable name="witness" as="element(tei:witness)?"
            select="($tei/tei:teiHeader//tei:listWit//tei:witness[@xml:id eq current()])[1]"/>
        <fo:block text-align="start" space-after="2pt" start-indent="6mm" text-indent="-6mm">
          <fo:inline font-weight="bold"><xsl:value-of select="."/></fo:inline>
          <xsl:text>&#x2002;</xsl:text>
          <xsl:value-of select="normalize-space(string(($witness/tei:desc, $witness/tei:p)[1]))"/>
          <xsl:for-each select="$witness/tei:bibl">
            <xsl:text>. </xsl:text>
            <xsl:value-of select="normalize-space()"/>
          </xsl:for-each>
          <xsl:if test=". eq $copy"> (copy text)</xsl:if>
        </fo:block>
      </xsl:for-each>
      <fo:block text-align="justify" space-before="3pt" space-after="3pt">The apparatus
        criticus at the foot of the page gives, by paragraph number, the reading of this
        edition, a square bracket, and the other witnesses’ readings with their sigla:
        <fo:inline font-style="italic">om.</fo:inline> a witness lacks the words,
        <fo:inline font-style="italic">add.</fo:inline> it has words the others lack (after the
        word named, ^ at the start of a paragraph), <fo:inline font-style="italic">tr.</fo:inline>
        it has the words in the other order, ¶ it starts a new paragraph there.<xsl:value-of
        select="if (every $t in ('orthographic', 'punctuation') satisfies $t = $apparatus-types)
        then '' else if ($apparatus-types = 'orthographic') then ' Differences of punctuation alone are not listed.'
        else if ($apparatus-types = 'punctuation') then ' Differences of spelling alone are not listed.'
        else ' Differences of spelling and punctuation alone are not listed.'"/></fo:block>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
