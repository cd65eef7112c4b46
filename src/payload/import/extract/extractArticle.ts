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

const collectMeta = (lines: string[]) => {
  const meta: LineMeta = {}
  const authors: string[] = []
  const rest = lines.filter((line) => {
    const found = readMetaLine(line)
    if (!found) return true
    meta.publishedAt ??= found.publishedAt
    meta.source ??= found.source
    meta.location ??= found.location
    meta.editor ??= found.editor
    authors.push(...(found.authors ?? []))
    return false
  })
  return { meta, authors, rest }
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
  const bodyLines = found ? removeTitleRepeats(rest.slice(found.index + 1), found.title) : rest
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
    source: meta.source ?? sourceInLead(lead) ?? meta.location,
    authors: [...new Set([...authors, ...reportersInLead(lead), ...(closing ? [closing] : [])])],
    editor: meta.editor,
    paragraphs,
  }
}
