import { cutTrailer, normalizeLine, removeChrome, removeTitleRepeats, splitRunOnParagraphs, stripKeywordTail, stripTitlePrefix } from '../clean'
import type { ExtractedArticle, Paragraph } from '../types'
import { sourceInLead } from './leadSource'
import { type LineMeta, readMetaLine } from './metaLine'
import { paragraphKind } from './paragraphKind'
import { bylineName, closingAuthor, reportersInLead } from './people'
import { findResidue } from './residue'
import { firstSentenceTitle } from './titleFromBody'

export const TITLE_MAX_LENGTH = 120
/** A title is looked for among the first lines only; below them the article has begun. */
const TITLE_SEARCH_LINES = 3
const LEAD_MIN_LENGTH = 40

const cleanTitle = (line: string) => stripTitlePrefix(stripKeywordTail(line))

const isTitleLike = (line: string) => {
  const title = cleanTitle(line)
  return title.length >= 4 && title.length <= TITLE_MAX_LENGTH && !/[。!?!?;;:]$/u.test(title)
}

/** A column name above the title ("业界动态") is short and followed by the real title. */
const isColumnName = (line: string, next: string | undefined) =>
  line.length <= 6 && next !== undefined && isTitleLike(next)

/** The header of a page: the lines above its first long paragraph, and never more than this many. */
const HEADER_LINES = 8
/** A line naming only an outlet or account: "某某镇融媒体中心", "某某新闻客户端". */
const OUTLET_ONLY = /^[\p{Script=Han}A-Za-z]{2,20}(?:融媒体中心|融媒體中心|融媒|新闻网|新聞網|网|網|报|報|客户端|客戶端|发布|發佈|公众号|公眾號)$/u

const collectMeta = (lines: string[]) => {
  const meta: LineMeta = {}
  const authors: string[] = []
  const firstLong = lines.findIndex((line) => line.length >= LEAD_MIN_LENGTH)
  const header = Math.min(HEADER_LINES, firstLong === -1 ? lines.length : firstLong)
  // A bare date below the header is part of the text: a notice's closing date under its signature.
  const found = lines.map((line, index) => {
    const read = readMetaLine(line)
    return read?.bareDate && index >= header ? undefined : read
  })
  // An outlet's name alone on the line above or below the date is the outlet that published it.
  const outletLine = found.findIndex(
    (read, index) => !read && index < header && OUTLET_ONLY.test(lines[index]) && (found[index - 1]?.bareDate || found[index + 1]?.bareDate),
  )
  if (outletLine !== -1) found[outletLine] = { outlet: lines[outletLine] }
  const rest = lines.filter((_, index) => {
    const read = found[index]
    if (!read) return true
    meta.publishedAt ??= read.publishedAt
    meta.source ??= read.source
    meta.outlet ??= read.outlet
    meta.location ??= read.location
    meta.editor ??= read.editor
    authors.push(...(read.authors ?? []))
    return false
  })
  return { meta, authors, rest }
}

/** A credit alone on the last line: "(记者 曹阳)", "(王春雨)". */
const CLOSING_CREDIT = /^[((]\s*(?:(?:记者|記者|通讯员|通訊員|作者|文|图|圖|文图|文圖)[\s::]*)?((?:\p{Script=Han}{2,4}[\s、,,]*)+)[))]$/u

const takeClosingCredit = (lines: string[], authors: string[]) => {
  const credit = CLOSING_CREDIT.exec(lines.at(-1) ?? '')
  if (!credit) return lines
  authors.push(...credit[1].split(/[\s、,,]+/u).filter(Boolean))
  return lines.slice(0, -1)
}

const findTitle = (lines: string[]) => {
  for (let index = 0; index < Math.min(TITLE_SEARCH_LINES, lines.length); index += 1) {
    const line = lines[index]
    if (!isTitleLike(line)) return undefined
    if (!isColumnName(line, lines[index + 1])) return { title: cleanTitle(line), index }
  }
  return undefined
}

/**
 * Reads one old article out of a copied page: title, date-time, source, people, and the body
 * as paragraphs, with the page's chrome, trailers and repeated title lines left behind.
 * The text should already be free of reading junk (and converted, if wanted).
 */
export const extractArticle = (text: string, htmlCaptions: readonly string[] = []): ExtractedArticle => {
  const pageLines = removeChrome(cutTrailer(text.split(/\r?\n/u)))
  const lines = pageLines.map(normalizeLine).filter(Boolean).flatMap(splitRunOnParagraphs)
  const { meta, authors, rest } = collectMeta(lines)
  if (rest.length === 0) throw new Error('文件中没有找到正文')

  const found = findTitle(rest)
  const closingAuthors: string[] = []
  const bodyLines = takeClosingCredit(found ? removeTitleRepeats(rest.slice(found.index + 1), found.title) : rest, closingAuthors)
  const captions = new Set(htmlCaptions.map(normalizeLine))
  // Short lines above the first long paragraph are captions and bylines; with no long paragraph, there is no such region.
  const leadIndex = bodyLines.findIndex((line) => line.length >= LEAD_MIN_LENGTH && paragraphKind(line, false) === 'text')
  const paragraphs: Paragraph[] = []
  bodyLines.forEach((line, index) => {
    const beforeLead = index < leadIndex
    const byline = beforeLead ? bylineName(line) : undefined
    if (byline) authors.push(byline)
    else paragraphs.push({ kind: captions.has(line) ? 'caption' : paragraphKind(line, beforeLead), text: line })
  })
  const texts = paragraphs.filter((paragraph) => paragraph.kind === 'text').map((paragraph) => paragraph.text)
  if (texts.length === 0) throw new Error('文件中没有找到正文')

  const lead = texts[0]
  const closing = closingAuthor(texts[texts.length - 1])
  const fromBody = found ? undefined : firstSentenceTitle(lead)
  return {
    title: found?.title ?? fromBody?.title ?? '',
    titleFromBody: !found,
    titleShortened: fromBody?.shortened ?? false,
    residue: findResidue(paragraphs),
    publishedAt: meta.publishedAt,
    source: meta.source ?? sourceInLead(lead) ?? meta.outlet ?? meta.location,
    authors: [...new Set([...authors, ...reportersInLead(lead), ...(closing ? [closing] : []), ...closingAuthors])],
    editor: meta.editor,
    paragraphs,
  }
}
