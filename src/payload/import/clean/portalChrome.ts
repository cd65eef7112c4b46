/**
 * Lines that belong to the page around an article, never to the article: breadcrumbs, site
 * slogans, image placeholders, share buttons, navigation bars, sitemap links and notices.
 * Character classes accept the Traditional forms too, so this works before conversion.
 */
const CHROME_PATTERNS: RegExp[] = [
  /^(?:您的位置|你的位置|您现在的位置|當前位置|当前位置|您的位置)[::\s]/u,
  /^(?:首[页頁]|主[页頁])\s*(?:>|&gt;|›|»)/u,
  /^[^。,,!?]{0,40}\s(?:>|›|»)\s*[^。,,!?]{0,40}$/u,
  /^[\p{Script=Han}\w]{2,12}(?:网|網|网站|網站|在线|在線|频道|頻道)\s*[-—–|]\s*.*$/u,
  /^(?:标题|標題|图片|圖片)?ALT$/iu,
  /sitemap/iu,
  /^(?:返回[顶頂]部|返回首[页頁]|打印本[页頁]|[关關]闭窗口|[关關]閉窗口|收藏本[页頁]|扫一扫|掃一掃)/u,
  /^分享[到至]?[::]?/u,
  /^【?字[号號体體][::]/u,
  /^(?:免[责責][声聲]明|郑重[声聲]明|鄭重聲明|版[权權]声明|版[权權]聲明)[::]?/u,
  /^版[权權][号號所][::有]/u,
  /^以上就是本篇文章/u,
  /^核心提示[::]/u,
  /^[关關][键鍵][词詞][::]\s*$/u,
  /^(?:上一篇|下一篇)[::]/u,
]

/** A navigation bar: four or more link texts separated by runs of spaces, all but one of them short. */
const isNavigationBar = (rawLine: string): boolean => {
  const items = rawLine.trim().split(/\s{2,}|\u3000+/u).filter(Boolean)
  const links = items.filter((item) => item.length <= 8 && !/[。!?]/u.test(item))
  return items.length >= 4 && links.length >= items.length - 1
}

export const isPortalChrome = (rawLine: string): boolean => {
  const line = rawLine.trim()
  return CHROME_PATTERNS.some((pattern) => pattern.test(line)) || isNavigationBar(rawLine)
}
