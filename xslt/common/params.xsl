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

  <!-- What the reading view prints where the TEI has a gap (lost or omitted text); the
       diplomatic view prints nothing there, since the source has nothing there. -->
  <xsl:param name="gap-marker" as="xs:string" select="'[…]'"/>

</xsl:stylesheet>
