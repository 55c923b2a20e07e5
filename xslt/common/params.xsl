<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every stylesheet parameter of Recensio, typed and documented here and nowhere else.
  Parameters stay in no namespace so that callers (Java, the command line) can set them by name.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Which text the export gives: 'diplomatic' (the source as transmitted: sic, orig, weak
       hyphens, no editorial additions) or 'reading' (the edited text: corr, reg, words joined,
       gaps marked). Any other value stops the transformation with error ed-err:EXP001. -->
  <xsl:param name="view" as="xs:string" select="'diplomatic'"/>

  <!-- Critical apparatus: the siglum of the witness whose text the export gives (at each app, the
       lem or rdg whose @wit names it, else the lem); '' for the copy text (diplomatic view) or the
       lemma (reading view). A siglum no app names gives the lemma everywhere. -->
  <xsl:param name="witness" as="xs:string" select="''"/>

  <!-- What the reading view prints where the TEI has a gap (lost or omitted text); the
       diplomatic view prints nothing there, since the source has nothing there. -->
  <xsl:param name="gap-marker" as="xs:string" select="'[…]'"/>

  <!-- HTML edition: the file name (without extension) of the text being rendered; its pages are
       <base-name>.html and <base-name>-about.html, and its TEI and PDF <base-name>.tei.xml and
       <base-name>.pdf sit next to them. Required by the text pages (error ed-err:HTM001). -->
  <xsl:param name="base-name" as="xs:string" select="''"/>

  <!-- HTML edition, site pages (landing page, index of names, search): every text of the
       edition, in the order the landing page lists them, and their base names, one each. -->
  <xsl:param name="texts" as="document-node()*" select="()"/>
  <xsl:param name="base-names" as="xs:string*" select="()"/>

  <!-- PDF edition: the types of variant (app/@type, rdg/@type) the apparatus criticus at the foot
       of the page prints; the others stay in the TEI and the HTML edition. By default, no
       orthographic and no punctuation variants (PdfRenderer adds them as the edition's
       configuration asks: apparatus includeOrthographic, includePunctuation). -->
  <xsl:param name="apparatus-types" as="xs:string*"
      select="'substantive', 'transposition', 'omission', 'addition', 'paragraphing'"/>

  <!-- PDF edition, second pass: where the first layout put each index occurrence. Keys are FO
       ids ('ix-…'); values are (first page label, last page label, first page's ordinal, as a
       string). Empty on the first pass, when the index prints no page numbers yet. -->
  <xsl:param name="page-of" as="map(xs:string, xs:string+)" select="map{}"/>

</xsl:stylesheet>
