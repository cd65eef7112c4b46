// Plugins add behaviour (see payload.config.ts): disclosure() files it in the 政府信息公开目录 and numbers it (索引号), workflow() reviews it on drafts, mediaUse() tracks the media it uses, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../access/contentAccess'
import { toOptions } from '../../constants/options'
import { POLICY_TOPIC_LABELS, POLICY_VALIDITY_LABELS } from '../../constants/policies'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { uniqueValue } from '../../fields/uniqueValue'
import { publishedVersions } from '../versions'
import { validateReplacedBy } from './validateReplacedBy'

const dayPicker = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } as const

export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: { singular: '政策法规', plural: '政策法规' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'validity', 'publishedAt', '_status'],
    group: '内容',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true },
    {
      type: 'row',
      fields: [
        { name: 'documentNumber', type: 'text', label: '文号', admin: { placeholder: '退役军人部发〔2024〕1号' } },
        { name: 'issuer', type: 'text', label: '发文机关', required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signedAt', type: 'date', label: '成文日期', admin: dayPicker },
        { name: 'effectiveAt', type: 'date', label: '施行日期', admin: dayPicker },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validity',
          type: 'select',
          label: '有效性',
          required: true,
          defaultValue: 'in_force',
          options: toOptions(POLICY_VALIDITY_LABELS),
        },
        {
          name: 'replacedBy',
          type: 'relationship',
          label: '替代文件',
          relationTo: 'policies',
          admin: {
            description: '已修订或已废止时,填写取代它的现行文件',
            condition: (_, siblingData) => siblingData?.validity !== 'in_force',
          },
          validate: validateReplacedBy,
        },
      ],
    },
    { name: 'topic', type: 'select', label: '主题分类', required: true, options: toOptions(POLICY_TOPIC_LABELS) },
    richTextField('body', '正文', true),
    {
      name: 'attachments',
      type: 'upload',
      label: 'PDF 附件',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      name: 'interpretations',
      type: 'join',
      label: '政策解读',
      collection: 'interpretations',
      on: 'policy',
    },
    {
      name: 'guides',
      type: 'join',
      label: '依据本文件的办事指南',
      collection: 'serviceGuides',
      on: 'basis',
    },
    {
      name: 'consultations',
      type: 'join',
      label: '意见征集',
      collection: 'consultations',
      on: 'finalPolicy',
      admin: { description: '出台前公开征求意见的记录,在意见征集的“反馈情况”中关联' },
    },
    {
      name: 'indexNumber',
      type: 'text',
      label: '索引号',
      unique: true,
      index: true,
      // Two publications at the same moment could compute the same number: the second is refused.
      hooks: { beforeChange: [uniqueValue('索引号与已发布的政策重复,请再发布一次以生成新的索引号')] },
      // Only the hook writes it: whatever a client sends is dropped.
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: '首次发布时自动生成,此后不再改变' },
    },
    slugField(),
    publishedAtField(),
  ],
}
