<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shell every page shares: head (no external resource: one stylesheet, one script, both in
  assets/), a skip link, the banner with the site's navigation and a search form (which opens
  search.html?q=…, so it works from file:// too), the main landmark, the footer.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:recensio:functions"
    xmlns:edp="urn:recensio:functions:private"
    exclude-result-prefixes="#all">

  <!-- The site's sections, as (file, label); the current one is marked aria-current. -->
  <xsl:variable name="edp:site-sections" as="array(xs:string)*"
      select="['index.html', 'Texts'], ['persons.html', 'Index of names'],
              ['search.html', 'Search']"/>

  <xsl:template name="ed:page">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="site-title" as="xs:string" required="yes"/>
    <xsl:param name="file" as="xs:string" required="yes"/>
    <xsl:param name="lang" as="xs:string" select="'en'"/>
    <xsl:param name="page-class" as="xs:string" required="yes"/>
    <xsl:param name="main" as="node()*" required="yes"/>
    <xsl:param name="footer" as="node()*" select="()"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <!-- what else the page's head holds (the witness switch's rules) -->
    <xsl:param name="head" as="node()*" select="()"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="generator" content="Recensio"/>
        <title>{$title} · {$site-title}</title>
        <link rel="stylesheet" href="assets/edition.css"/>
        <xsl:sequence select="$head"/>
        <xsl:for-each select="$scripts, 'assets/edition.js'">
          <script src="{.}" defer="defer"></script>
        </xsl:for-each>
      </head>
      <body class="{$page-class}">
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
          <div class="site-header-inner">
            <p class="site-title"><a href="index.html">{$site-title}</a></p>
            <nav class="site-nav" aria-label="Site">
              <ul>
                <xsl:for-each select="$edp:site-sections">
                  <li>
                    <a href="{?1}">
                      <xsl:if test="?1 eq $file">
                        <xsl:attribute name="aria-current" select="'page'"/>
                      </xsl:if>
                      <xsl:value-of select="?2"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
            <form class="site-search" role="search" action="search.html" method="get">
              <label for="site-q" class="visually-hidden">Search the edition</label>
              <input type="search" id="site-q" name="q" placeholder="Search the edition"/>
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$main"/>
        </main>
        <footer class="site-footer">
          <xsl:sequence select="$footer"/>
          <p>A static edition generated from TEI P5 by Recensio. It works offline: open
            <a href="index.html">index.html</a> in any browser.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
