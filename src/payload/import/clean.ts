/**
 * Cleaning an article's text: the rules that take away what is not the article, as pure
 * functions over lines. Patterns accept Traditional forms too, so they work before conversion.
 * extract/extractArticle.ts applies them in order; prepareArticle.ts removes reading junk.
 * The page chrome they recognise is listed as data in patterns.ts.
 */

import { EDGE_LINES, patternsFor } from './patterns'

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

const ANYWHERE = patternsFor('anywhere')
const TOP = patternsFor('top')
const BOTTOM = patternsFor('bottom')
const TRAILER = patternsFor('trailer')

/** A navigation bar: four or more link texts separated by runs of spaces, all but one of them short. */
const isNavigationBar = (rawLine: string): boolean => {
  const items = rawLine.trim().split(/\s{2,}|\u3000+/u).filter(Boolean)
  const links = items.filter((item) => item.length <= 8 && !/[。!?]/u.test(item))
  return items.length >= 4 && links.length >= items.length - 1
}

/**
 * A line that belongs to the page around an article wherever it stands: breadcrumbs, slogans,
 * share widgets, counters, page tools, notices, navigation bars (patterns.ts, `anywhere`).
 */
export const isPortalChrome = (rawLine: string): boolean => {
  const line = rawLine.trim()
  return ANYWHERE.some((pattern) => pattern.test(line)) || isNavigationBar(rawLine)
}

/**
 * A portal's header is its name, then a navigation bar or breadcrumb: the first line, when it
 * is short, no sentence and followed by such a bar, is the site's name, not the title.
 */
const siteNameIndex = (filled: { line: string; index: number }[]): number | undefined => {
  const [first, second] = filled
  if (!first || !second || first.line.length > 24 || /[。,,!?:]/u.test(first.line)) return undefined
  const bar = isNavigationBar(second.line) || /^(?:首[页頁]|主[页頁]|您的位置|你的位置|您现在的位置|当前位置|當前位置)/u.test(second.line)
  return bar ? first.index : undefined
}

/**
 * Drops chrome from a page's lines: `anywhere` patterns on every line, `top` and `bottom`
 * patterns only among the first and last EDGE_LINES non-empty lines.
 */
export const removeChrome = (lines: string[]): string[] => {
  const filled = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line)
  const top = new Set(filled.slice(0, EDGE_LINES).map(({ index }) => index))
  const bottom = new Set(filled.slice(-EDGE_LINES).map(({ index }) => index))
  const siteName = siteNameIndex(filled)
  return lines.filter((rawLine, index) => {
    const line = rawLine.trim()
    if (!line) return true
    if (index === siteName || isPortalChrome(rawLine)) return false
    if (top.has(index) && TOP.some((pattern) => pattern.test(line))) return false
    return !(bottom.has(index) && BOTTOM.some((pattern) => pattern.test(line)))
  })
}

/**
 * Where the article ends and the portal's lists of other articles begin. Everything from the
 * first such heading on is dropped: those lists carry headlines and dates of other articles.
 */
export const isTrailerStart = (line: string): boolean => TRAILER.some((pattern) => pattern.test(line.trim()))

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
