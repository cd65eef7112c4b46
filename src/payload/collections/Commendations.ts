// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() tracks the media it uses, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

export const Commendations: CollectionConfig = {
  slug: 'commendations',
  labels: { singular: '表扬通报', plural: '表扬通报' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'issuer', 'date', '_status'],
    group: '内容',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true },
    {
      type: 'row',
      fields: [
        { name: 'issuer', type: 'text', label: '发文单位', required: true },
        { name: 'documentNumber', type: 'text', label: '文号' },
        {
          name: 'date',
          type: 'date',
          label: '通报日期',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
      ],
    },
    richTextField('body', '正文', true),
    {
      name: 'honourees',
      type: 'group',
      label: '受表扬对象',
      fields: [
        { name: 'veterans', type: 'relationship', label: '先进典型', relationTo: 'veterans', hasMany: true },
        { name: 'stations', type: 'relationship', label: '服务站', relationTo: 'stations', hasMany: true },
        {
          name: 'staff',
          type: 'array',
          label: '工作人员',
          labels: { singular: '工作人员', plural: '工作人员' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', label: '姓名', required: true },
                { name: 'role', type: 'text', label: '单位及职务' },
              ],
            },
          ],
        },
      ],
    },
    slugField(),
    publishedAtField(),
  ],
}
