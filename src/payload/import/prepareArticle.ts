import { removeReadingJunk } from './clean'
import { decodeText } from './decodeText'
import { extractArticle } from './extract/extractArticle'
import { decodeEntities, htmlToText, isHtml } from './extract/htmlToText'
import { urlInHtmlHead, urlInLines } from './extract/originalUrl'
import { guessCategory } from './suggest/guessCategory'
import { toMarkdown } from './toMarkdown'
import { toSimplified } from './toSimplified'
import type { CategoryGuess, ExtractedArticle } from './types'

export type PrepareOptions = { convertTraditional: boolean }

export type PreparedArticle = ExtractedArticle & {
  /** The file's text as it came (tags stripped from HTML), for the reviewer. */
  originalText: string
  convertedFromTraditional: boolean
  category: CategoryGuess
  markdown: string
  /** The body as plain text, for duplicate detection and station matching. */
  plainText: string
  /** The article's address on the old portal, when the file states it. */
  originalUrl?: string
  warnings: string[]
}

const warningsFor = (article: ExtractedArticle): string[] => [
  ...(article.titleFromBody
    ? [`文件没有标题行,标题取自正文第一句${article.titleShortened ? '(句子过长,已在逗号处截断)' : ''}`]
    : []),
  ...(article.publishedAt ? [] : ['文件中没有完整的发布日期(年月日)']),
  ...(article.source ? [] : ['文件中没有注明来源']),
  ...article.residue.map(({ where, line }) => `正文${where === 'start' ? '开头' : '结尾'}有一行不像正文,可能是网页残留,请确认后删除:“${line}”`),
]

/** One file, read, cleaned and extracted: everything an import needs except the database. */
export const prepareArticle = (fileName: string, bytes: Uint8Array, { convertTraditional }: PrepareOptions): PreparedArticle => {
  const decoded = decodeText(bytes)
  const html = isHtml(fileName, decoded)
  const { text, captions } = html ? htmlToText(decoded) : { text: decodeEntities(decoded), captions: [] }
  const convert = (value: string) => {
    const clean = removeReadingJunk(value)
    return convertTraditional ? toSimplified(clean) : clean
  }
  const converted = convert(text)
  const article = extractArticle(converted, captions.map(convert))
  return {
    ...article,
    originalText: text,
    convertedFromTraditional: convertTraditional && converted !== removeReadingJunk(text),
    category: guessCategory(article),
    markdown: toMarkdown(article.paragraphs),
    plainText: article.paragraphs.map((paragraph) => paragraph.text).join('\n'),
    warnings: warningsFor(article),
    originalUrl: (html ? urlInHtmlHead(decoded) : undefined) ?? urlInLines(text),
  }
}
