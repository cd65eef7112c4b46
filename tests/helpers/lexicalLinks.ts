import { plainLexical } from '../../src/payload/fields/plainLexical'

/** Lexical JSON with one paragraph: text, then a link node, as the admin's link picker stores it. */
export const paragraphWithLink = (before: string, link: { text: string; fields: Record<string, unknown> }) => {
  const value = plainLexical([before])
  const [paragraph] = value.root.children
  const [text] = paragraph.children
  const linkNode = {
    type: 'link',
    format: '',
    indent: 0,
    version: 3,
    direction: 'ltr',
    fields: { newTab: false, ...link.fields },
    children: [{ ...text, text: link.text }],
  }
  return { root: { ...value.root, children: [{ ...paragraph, children: [text, linkNode] }] } }
}

/** An internal link to `value` (a populated document or only its id) of `relationTo`. */
export const internalLink = (text: string, relationTo: string, value: unknown) => ({ text, fields: { linkType: 'internal', doc: { relationTo, value } } })
