<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an Atom feed of minutes as a readable page when someone opens it in a browser.
     Feed readers never see this: they read the Atom document itself. The CSS comes from the
     feed's link rel="stylesheet" (its static name is hashed), so this file needs no template. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="yes"/>

  <xsl:variable name="lang" select="/atom:feed/@xml:lang"/>
  <xsl:variable name="dir">
    <xsl:choose>
      <xsl:when test="starts-with($lang, 'ar') or starts-with($lang, 'fa')">rtl</xsl:when>
      <xsl:otherwise>ltr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/atom:feed">
    <html lang="{$lang}" dir="{$dir}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/></title>
        <xsl:for-each select="atom:link[@rel='stylesheet']">
          <link rel="stylesheet" href="{@href}"/>
        </xsl:for-each>
      </head>
      <body class="feed-page">
        <main>
          <p class="feed-page__kind" lang="en" dir="ltr">Atom</p>
          <h1><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h1>
          <p><xsl:value-of select="atom:subtitle"/></p>
          <p class="feed-page__address"><code dir="ltr"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          <ol class="feed-page__entries">
            <xsl:apply-templates select="atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="feed-page__meta">
        <time datetime="{atom:updated}" dir="ltr"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time>
        <xsl:if test="atom:author/atom:name">
          <xsl:text> · </xsl:text><bdi><xsl:value-of select="atom:author/atom:name"/></bdi>
        </xsl:if>
      </p>
      <xsl:if test="atom:summary">
        <p><xsl:value-of select="atom:summary"/></p>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
