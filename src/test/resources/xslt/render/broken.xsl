<?xml version="1.0" encoding="UTF-8"?>
<!-- A stylesheet with a static error on line 5, for TextExporterTest. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <xsl:value-of select="1 +"/>
  </xsl:template>
</xsl:stylesheet>
