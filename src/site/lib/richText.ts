import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { escapeHtml, publicPath } from '../../shared'
import { phoneParts } from './phoneLinks'

type LexicalData = Parameters<typeof convertLexicalToHTML>[0]['data']
type LinkArgs = Parameters<ReturnType<typeof LinkHTMLConverter>['link'] & object>[0]
type InternalDoc = { relationTo?: string; value?: unknown } | null | undefined

/**
 * The public path an internal link points to. The document must have been populated by a public
 * read (depth ≥ 1, access control on): an id alone means the reader may not see it (a draft, a
 * withdrawn or unconsented item), and then the link is left out.
 */
export const internalLinkHref = (doc: InternalDoc): string | null =>
  doc?.value && typeof doc.value === 'object' && doc.relationTo ? publicPath(doc.relationTo, doc.value) : null

const links = LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => internalLinkHref(linkNode.fields.doc as InternalDoc) ?? '' })

/** Internal links go to the item's public page; one the reader may not see keeps its text, unlinked. */
const link = (args: LinkArgs): string =>
  args.node.fields.linkType === 'internal' && !internalLinkHref(args.node.fields.doc as InternalDoc)
    ? args.nodesToHTML({ nodes: args.node.children }).join('')
    : (links.link as (args: LinkArgs) => string)(args)

type TextArgs = Parameters<typeof defaultHTMLConverters.text & object>[0]
const formatted = defaultHTMLConverters.text as (args: TextArgs) => string

/** Telephone numbers in running text become tap-to-call links (not inside a link already). */
const text = (args: TextArgs): string =>
  args.parent?.type === 'link' || args.parent?.type === 'autolink'
    ? formatted(args)
    : phoneParts(args.node.text)
        .map((part) => {
          const html = formatted({ ...args, node: { ...args.node, text: part.text } })
          return part.tel ? `<a href="${part.tel}">${html}</a>` : html
        })
        .join('')

/** Body images lazy-load with their alt text; attachments are plain links with their name; internal links and telephone numbers as above. */
const converters = {
  ...defaultHTMLConverters,
  link,
  text,
  upload: ({ node }: { node: { value?: unknown } }) => {
    const doc = node.value as { url?: string; alt?: string; mimeType?: string; filename?: string; width?: number; height?: number; caption?: string } | undefined
    if (!doc || typeof doc !== 'object' || !doc.url) return ''
    if (!doc.mimeType?.startsWith('image/')) return `<a href="${escapeHtml(doc.url)}">${escapeHtml(doc.alt || doc.filename || '附件')}</a>`
    const caption = doc.caption ? `<figcaption>${escapeHtml(doc.caption)}</figcaption>` : ''
    return `<figure><img src="${escapeHtml(doc.url)}" alt="${escapeHtml(doc.alt ?? '')}" width="${doc.width ?? ''}" height="${doc.height ?? ''}" loading="lazy" decoding="async">${caption}</figure>`
  },
}

/**
 * Style attributes the converters write (a list item's `style=""`, an editor's alignment or
 * indent). The site's CSP allows no inline style, so the browser refused each one and logged a
 * violation (Lighthouse best practices 92 on a guide page); the site's stylesheet styles lists.
 * Only generated tags can hold one: text from editors arrives escaped, its quotes as &quot;.
 */
const STYLE_ATTRIBUTE = /\sstyle="[^"]*"/g

/** Server-side HTML of a Lexical field; the public page ships no editor code. */
export const richTextToHtml = (data: unknown): string =>
  data ? convertLexicalToHTML({ data: data as LexicalData, disableContainer: true, converters: converters as never }).replace(STYLE_ATTRIBUTE, '') : ''

export const richTextToPlain = (data: unknown): string =>
  data ? convertLexicalToPlaintext({ data: data as LexicalData }) : ''
