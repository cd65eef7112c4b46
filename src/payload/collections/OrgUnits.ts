// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { ORG_UNIT_KIND_LABELS } from '../constants/bureau'
import { toOptions } from '../constants/options'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

/** 内设机构 and 直属单位: each with its duties and a telephone number the public may call. */
export const OrgUnits: CollectionConfig = {
  slug: 'orgUnits',
  labels: { singular: '机构设置', plural: '机构设置' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'phone', 'order', '_status'],
    group: '机构概况',
    description: '内设机构和直属单位,写明主要职责和对外联系电话。',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: '名称', required: true },
        { name: 'kind', type: 'select', label: '类别', required: true, options: toOptions(ORG_UNIT_KIND_LABELS), defaultValue: 'internal', index: true },
      ],
    },
    { name: 'duties', type: 'textarea', label: '主要职责', required: true },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: '联系电话', required: true, admin: { placeholder: '0739-5281001' } },
        { name: 'address', type: 'text', label: '办公地点' },
      ],
    },
    orderField(),
    slugField(),
  ],
}
