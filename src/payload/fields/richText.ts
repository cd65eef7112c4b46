import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Field, FieldAffectingData, FilterOptions, RichTextField } from 'payload'

import { PUBLIC_COLLECTIONS } from '../../shared'

/**
 * The internal-link picker offers only what the public site can link to: items of the public
 * collections that are published. Linking a draft would be refused before publishing anyway
 * (workflow/checks: internalLink), so the picker does not list drafts, review items or test items.
 */
const publishedOnly: FilterOptions = () => ({ _status: { equals: 'published' } })

const linkFields = ({ defaultFields }: { defaultFields: FieldAffectingData[] }): Field[] =>
  defaultFields.map((field) =>
    'name' in field && field.name === 'doc' && field.type === 'relationship'
      ? ({ ...field, filterOptions: publishedOnly, admin: { ...field.admin, description: '只列出已发布的内容。草稿和审核中的内容发布后才能链接。' } } as Field)
      : (field as Field),
  )

/** The one editor preset; collections take it as it is or pass their own label. */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: [...PUBLIC_COLLECTIONS], fields: linkFields }),
  ],
})

export const richTextField = (name: string, label: string, required = false): RichTextField => ({
  name,
  label,
  type: 'richText',
  editor,
  required,
})
