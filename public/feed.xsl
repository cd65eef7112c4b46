<?xml version="1.0" encoding="UTF-8"?>
<!--
  How a browser shows a news column's RSS feed (src/site/lib/feeds.ts links it with
  <?xml-stylesheet?>): a page that says what a feed is, how to subscribe, and lists the items.
  Feed readers ignore this file.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/rss/channel">
    <html lang="zh-CN">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="title"/>(RSS 订阅)</title>
        <link rel="stylesheet" href="/feed.css"/>
      </head>
      <body>
        <main>
          <p class="feed-tag">RSS 订阅</p>
          <h1><xsl:value-of select="title"/></h1>
          <section class="feed-help" aria-labelledby="feed-what">
            <h2 id="feed-what">这是什么?</h2>
            <p>这是本栏目的 <strong>RSS 订阅</strong>地址,给“阅读器”软件用,不是普通网页。订阅以后,本栏目一有新文章,阅读器就会自动收到,不用天天打开网站查看。</p>
            <h2>怎么订阅?</h2>
            <ol>
              <li>在手机或电脑上安装一个 RSS 阅读器(应用商店里搜“RSS 阅读器”即可)。</li>
              <li>复制下面这个地址:<br/><code class="feed-url"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></li>
              <li>在阅读器里选“添加订阅”,粘贴地址,确定。</li>
            </ol>
            <p>不想装软件?直接看<a href="{link}">栏目网页</a>也一样。</p>
          </section>
          <section aria-labelledby="feed-items">
            <h2 id="feed-items">最新文章(<xsl:value-of select="count(item)"/> 篇)</h2>
            <ul class="feed-items">
              <xsl:for-each select="item">
                <li>
                  <a href="{link}"><xsl:value-of select="title"/></a>
                  <xsl:if test="dc:date"><span class="feed-date"><xsl:value-of select="dc:date"/></span></xsl:if>
                  <xsl:if test="description"><p><xsl:value-of select="description"/></p></xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </section>
          <p><a href="/">返回网站首页</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
