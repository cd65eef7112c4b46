// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() tracks the media it uses, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access/hasRole'
import { contentOrPublic } from '../../access/publishedOrStaff'
import { CONTENT_DELETE_ROLES, CONTENT_ROLES } from '../../constants/roles'
import { personHonoursField } from '../../fields/honours'
import { publishedAtField } from '../../fields/publishedAt'
import { regionField } from '../../fields/region'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { publishedVersions } from '../versions'
import { publicVeteranWhere } from './publicVeteranWhere'
import { requireConsentToPublish } from './requireConsentToPublish'

export const Veterans: CollectionConfig = {
  slug: 'veterans',
  labels: { singular: '先进典型', plural: '先进典型' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'station', 'consent', '_status'],
    group: '内容',
  },
  access: {
    read: contentOrPublic(publicVeteranWhere),
    create: hasRole(...CONTENT_ROLES),
    update: hasRole(...CONTENT_ROLES),
    delete: hasRole(...CONTENT_DELETE_ROLES),
    readVersions: hasRole(...CONTENT_ROLES),
  },
  versions: publishedVersions,
  hooks: { beforeChange: [requireConsentToPublish] },
  fields: [
    { name: 'name', type: 'text', label: '姓名', required: true },
    { name: 'photo', type: 'upload', label: '照片', relationTo: 'media' },
    { name: 'summary', type: 'textarea', label: '简介', maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'branch', type: 'text', label: '服役部队' },
        { name: 'serviceYears', type: 'text', label: '服役时间', admin: { placeholder: '1998–2014' } },
      ],
    },
    personHonoursField(),
    regionField(),
    { name: 'station', type: 'relationship', label: '所在服务站', relationTo: 'stations' },
    richTextField('story', '事迹'),
    {
      name: 'consent',
      type: 'group',
      label: '公开发布授权',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'given', type: 'checkbox', label: '本人已书面同意公开', defaultValue: false },
        { name: 'recordedAt', type: 'date', label: '同意日期' },
        { name: 'note', type: 'text', label: '授权记录(存档编号等)' },
      ],
    },
    slugField(),
    publishedAtField(),
  ],
}
