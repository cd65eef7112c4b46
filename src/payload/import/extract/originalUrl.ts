/**
 * The address an old article had on the portal it was copied from, when the file states it:
 * an HTML page's canonical link or og:url, or a text line such as "原文链接:http://…".
 * Kept in the draft's import record; once the article is published, the old path redirects to it.
 */

/** A line that only gives the page's own address (the chrome pattern 'original-link' drops it from the body). */
export const ORIGINAL_LINK_LINE = /^[[【]?\s*(?:原文|本文|文章|原始)(?:链接|鏈接|地址|网址|網址|出处|出處)\s*[\]】]?\s*[::]?\s*(https?:\/\/[^\s<>"]+)\s*$/iu

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'iu').exec(tag)?.[1]

/** An absolute http(s) address, or undefined. */
const absolute = (value: string | undefined): string | undefined => {
  if (!value) return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

/** <link rel="canonical" href> or <meta property="og:url" content>, in either attribute order. */
export const urlInHtmlHead = (html: string): string | undefined => {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/giu)) {
    if (/^canonical$/iu.test(attribute(tag, 'rel') ?? '')) return absolute(attribute(tag, 'href'))
  }
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/giu)) {
    if (/^og:url$/iu.test(attribute(tag, 'property') ?? '')) return absolute(attribute(tag, 'content'))
  }
  return undefined
}

/** The first "原文链接:…" line of the text. */
export const urlInLines = (text: string): string | undefined => {
  for (const line of text.split(/\r?\n/u)) {
    const found = ORIGINAL_LINK_LINE.exec(line.trim())
    if (found) return absolute(found[1])
  }
  return undefined
}
