<?xml version="1.0" encoding="UTF-8"?>
<!--
  PDF metadata: an XMP packet in fo:declarations, which FOP writes into the PDF and copies into
  its document information (Title, Author). dc:title is the header's main title, dc:creator its
  authors, dc:language the document's language; dc:rights the licence, dc:publisher the
  publisher, when the header has them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    xmlns:m="urn:recensio:modes"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="xs tei ed edp m">

  <xsl:template match="tei:TEI" mode="m:metadata">
    <xsl:variable name="file" as="element(tei:fileDesc)?" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="authors" as="xs:string*"
        select="$file/tei:titleStmt/tei:author ! normalize-space()[. ne '']"/>
    <xsl:variable name="language" as="xs:string" select="edp:language(.)"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title><xsl:value-of select="ed:document-title(.)"/></dc:title>
            <xsl:for-each select="$authors">
              <dc:creator><xsl:value-of select="."/></dc:creator>
            </xsl:for-each>
            <dc:language><xsl:value-of select="$language"/></dc:language>
            <xsl:for-each select="$file/tei:publicationStmt/tei:publisher[normalize-space()][1]">
              <dc:publisher><xsl:value-of select="normalize-space()"/></dc:publisher>
            </xsl:for-each>
            <xsl:for-each select="$file/tei:publicationStmt//tei:licence[normalize-space()][1]">
              <dc:rights><xsl:value-of select="normalize-space()"/></dc:rights>
            </xsl:for-each>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

</xsl:stylesheet>
