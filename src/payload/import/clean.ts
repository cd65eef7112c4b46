/**
 * Cleaning an article's text: the rules that take away what is not the article, as pure
 * functions over lines. Patterns accept Traditional forms too, so they work before conversion.
 * extract/extractArticle.ts applies them in order; prepareArticle.ts removes reading junk.
 */

// ── Lines ─────────────────────────────────────────────────────────────────────────────────────

/** Trims ordinary, full-width and no-break spaces and folds inner runs of them into one space. */
export const normalizeLine = (line: string): string =>
  line
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ')
    .trim()

/** The form two lines are compared in: no spaces at all. */
export const compactLine = (line: string): string => line.replace(/[\s\u3000\u00a0]+/g, '')

/**
 * Some copies lose their line breaks and keep a space where a paragraph ended: "……讲话。 上午,……".
 * A run of spaces after sentence-final punctuation and before a Han character is a paragraph break.
 */
export const splitRunOnParagraphs = (line: string): string[] =>
  line
    .split(/(?<=[。!?!?;]|[。!?!?][”」』])[\s\u3000\u00a0]+(?=[\p{Script=Han}“「『((])/u)
    .map((part) => part.trim())
    .filter(Boolean)

// ── Titles ────────────────────────────────────────────────────────────────────────────────────

/** Click-bait labels some portals put before every title: 当前简讯:, 全球快讯!, 今日热闻: … */
const PORTAL_PREFIX =
  /^(?:当前|當前|全球|环球|環球|今日|天天|每日|焦点|焦點|热点|熱點|世界|最新|快看|头条|頭條)?(?:简讯|簡訊|快讯|快訊|资讯|資訊|热闻|熱聞|热点|熱點|速看|看点|看點|聚焦|关注|關注|热议|熱議|观察|觀察)[::!!]\s*/u

export const stripTitlePrefix = (title: string): string => title.replace(PORTAL_PREFIX, '').trim()

/**
 * Portals append the page's keywords to a title: 推进会,建设,服务,街道. A tail of at least
 * two short comma-separated words is cut; a title with one real comma clause keeps it.
 */
const KEYWORD_TAIL = /(?:[,,][^,,。!?\s]{1,6}){2,}$/u

export const stripKeywordTail = (line: string): string => line.replace(KEYWORD_TAIL, '').trim()

/** The comparable form of a title line: no spaces, no portal prefix, no keyword tail. */
export const titleKey = (line: string): string => compactLine(stripTitlePrefix(stripKeywordTail(line)))

/** Drops every line that repeats the title (with or without its keyword tail or spacing). */
export const removeTitleRepeats = (lines: string[], title: string): string[] => {
  const key = titleKey(title)
  return lines.filter((line) => titleKey(line) !== key)
}

// ── The page around the article ───────────────────────────────────────────────────────────────

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

/**
 * Where the article ends and the portal's lists of other articles begin. Everything from the
 * first such heading on is dropped: those lists carry headlines and dates of other articles.
 */
const TRAILER_START =
  /^(?:猜你喜[欢歡]|推[荐薦][阅閱][读讀]|相[关關][阅閱][读讀]|相[关關]新[闻聞]|相[关關]文章|[热熱]门推[荐薦]|[热熱][点點]推[荐薦]|更多[阅閱][读讀]|延伸[阅閱][读讀]|精彩推[荐薦])\s*[::]?$/u

export const isTrailerStart = (line: string): boolean => TRAILER_START.test(line.trim())

export const cutTrailer = (lines: string[]): string[] => {
  const end = lines.findIndex(isTrailerStart)
  return end === -1 ? lines : lines.slice(0, end)
}

// ── Conversion leftovers ──────────────────────────────────────────────────────────────────────

const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv'
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsryw])?'
const FINAL = `[aeiou${TONED_VOWELS}]{1,4}(?:ng|n|r)?`
const SYLLABLE = `${INITIAL}${FINAL}[1-5]?`

/**
 * A parenthesised pinyin reading glued after a Han character by a conversion tool:
 * 乡(xiang)镇, 服務(wù), 邵陽(yáng). Only lowercase pinyin syllables count, so real
 * parentheses — (站), (以下简称“一部一站”), (WHO), (记者 陈宗昊) — never match.
 */
const READING = new RegExp(`(?<=\\p{Script=Han})\\s?[((]\\s*${SYLLABLE}(?:\\s+${SYLLABLE})*\\s*[))]`, 'gu')

export const removeReadingJunk = (text: string): string => text.replace(READING, '')
