import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { escapeHtml } from '../../shared'

type LexicalData = Parameters<typeof convertLexicalToHTML>[0]['data']

/** Body images lazy-load with their alt text; attachments are plain links with their name. */
const converters = {
  ...defaultHTMLConverters,
  upload: ({ node }: { node: { value?: unknown } }) => {
    const doc = node.value as { url?: string; alt?: string; mimeType?: string; filename?: string; width?: number; height?: number; caption?: string } | undefined
    if (!doc || typeof doc !== 'object' || !doc.url) return ''
    if (!doc.mimeType?.startsWith('image/')) return `<a href="${escapeHtml(doc.url)}">${escapeHtml(doc.alt || doc.filename || '附件')}</a>`
    const caption = doc.caption ? `<figcaption>${escapeHtml(doc.caption)}</figcaption>` : ''
    return `<figure><img src="${escapeHtml(doc.url)}" alt="${escapeHtml(doc.alt ?? '')}" width="${doc.width ?? ''}" height="${doc.height ?? ''}" loading="lazy" decoding="async">${caption}</figure>`
  },
}

/** Server-side HTML of a Lexical field; the public page ships no editor code. */
export const richTextToHtml = (data: unknown): string =>
  data ? convertLexicalToHTML({ data: data as LexicalData, disableContainer: true, converters: converters as never }) : ''

export const richTextToPlain = (data: unknown): string =>
  data ? convertLexicalToPlaintext({ data: data as LexicalData }) : ''
