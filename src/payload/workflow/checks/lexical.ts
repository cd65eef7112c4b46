import { idOf } from '../../../shared'

/** Minimal reading of Lexical JSON: the text a reader sees, uploads and internal links. */
type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  relationTo?: string
  value?: unknown
  fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } | null; url?: string } | null
}

export type RichText = { root?: LexicalNode } | null | undefined

const walk = (node: LexicalNode | undefined, visit: (node: LexicalNode) => void) => {
  if (!node) return
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

/** The plain text, one paragraph per line. */
export const plainText = (richText: RichText): string => {
  const blocks: string[] = []
  for (const block of richText?.root?.children ?? []) {
    let text = ''
    walk(block, (node) => {
      if (typeof node.text === 'string') text += node.text
    })
    blocks.push(text)
  }
  return blocks.join('\n')
}

export const uploadIds = (richText: RichText): string[] => {
  const ids: string[] = []
  walk(richText?.root, (node) => {
    const id = node.type === 'upload' && node.relationTo === 'media' ? idOf(node.value) : null
    if (id) ids.push(id)
  })
  return ids
}

export type InternalLink = { collection: string; id: string }

export const internalLinks = (richText: RichText): InternalLink[] => {
  const links: InternalLink[] = []
  walk(richText?.root, (node) => {
    if (node.type !== 'link' || node.fields?.linkType !== 'internal') return
    const id = idOf(node.fields.doc?.value)
    links.push({ collection: node.fields.doc?.relationTo ?? '', id: id ?? '' })
  })
  return links
}

/** The addresses of a rich text's custom links (typed-in URLs, inside or outside the site). */
export const customLinks = (richText: RichText): string[] => {
  const urls: string[] = []
  walk(richText?.root, (node) => {
    if (node.type === 'link' && node.fields?.linkType !== 'internal' && typeof node.fields?.url === 'string' && node.fields.url.trim()) urls.push(node.fields.url.trim())
  })
  return urls
}
