import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

/** The one editor preset; collections take it as it is or pass their own label. */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => defaultFeatures,
})

export const richTextField = (name: string, label: string, required = false): RichTextField => ({
  name,
  label,
  type: 'richText',
  editor,
  required,
})
