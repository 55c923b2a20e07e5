<?xml version="1.0" encoding="UTF-8"?>
<!-- Includes a file outside the classpath folder xslt/: must be refused, for TextExporterTest. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../../schema-cases/valid/sample-speech.tei.xml"/>
</xsl:stylesheet>
