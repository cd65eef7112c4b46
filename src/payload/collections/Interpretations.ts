// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() tracks the media it uses, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: { singular: '政策解读', plural: '政策解读' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'policy', 'publishedAt', '_status'],
    group: '内容',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true },
    {
      name: 'policy',
      type: 'relationship',
      label: '所解读的政策',
      relationTo: 'policies',
      required: true,
      index: true,
    },
    { name: 'source', type: 'text', label: '来源' },
    { name: 'summary', type: 'textarea', label: '摘要', maxLength: 200 },
    richTextField('body', '正文', true),
    slugField(),
    publishedAtField(),
  ],
}
