import { decodeHTML } from 'entities'

/** Every named and numeric entity HTML knows (&emsp;, &copy;, &times;, &#x4e2d; …), by the maintained table. */
export const decodeEntities = (text: string): string => (/&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*);?/iu.test(text) ? decodeHTML(text) : text)

// &nbsp; in a page is layout, not a character the article needs.
const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/gu, '')).replace(/\u00a0/gu, ' ')

const BLOCK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|figure|figcaption|blockquote|dd|dt|hr)\b[^>]*>/giu

/** Whether a file is an HTML page rather than plain text. */
export const isHtml = (fileName: string, text: string): boolean =>
  /\.html?$/iu.test(fileName) || /^\s*(?:<!doctype html|<html|<body|<(?:p|div)\b)/iu.test(text)

/**
 * An HTML page as the plain lines the extractor reads, one block element per line, with the
 * texts of its <figcaption> elements listed so that they stay captions.
 */
export const htmlToText = (html: string): { text: string; captions: string[] } => {
  const page = html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<(script|style|noscript|head|template|svg)\b[\s\S]*?<\/\1>/giu, '')
  const captions = [...page.matchAll(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/giu)]
    .map((match) => stripTags(match[1]).trim())
    .filter(Boolean)
  // Table cells of one row stay one line, with a space between them: "来源 某局 时间 2024年2月28日".
  const text = stripTags(page.replace(/<\/t[dh]>/giu, ' ').replace(BLOCK, '\n'))
  return { text, captions }
}
