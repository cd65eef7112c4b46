/** Lexical JSON with one paragraph: text, then a link node, as the admin's link picker stores it. */
export const paragraphWithLink = (before: string, link: { text: string; fields: Record<string, unknown> }) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text: before, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          {
            type: 'link',
            format: '',
            indent: 0,
            version: 3,
            direction: 'ltr',
            fields: { newTab: false, ...link.fields },
            children: [{ type: 'text', text: link.text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
          },
        ],
      },
    ],
  },
})

/** An internal link to `value` (a populated document or only its id) of `relationTo`. */
export const internalLink = (text: string, relationTo: string, value: unknown) => ({ text, fields: { linkType: 'internal', doc: { relationTo, value } } })
