// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() keeps the photo private until a published current leader uses it, siteCache() purges the site on publication.
import type { CollectionConfig, Where } from 'payload'

import { hasRole } from '../access/hasRole'
import { contentOrPublic } from '../access/publishedOrStaff'
import { CONTENT_DELETE_ROLES, CONTENT_ROLES } from '../constants/roles'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

/** What the public may read of a leader: the published version, and only while in office. */
export const publicLeaderWhere: Where = {
  and: [{ _status: { equals: 'published' } }, { inOffice: { equals: true } }],
}

/**
 * 领导信息: one leader of the bureau. A leader who leaves is marked 已离任, not deleted: the
 * record and its history stay in the admin, the public page stops showing them (and their photo)
 * once that change is published.
 */
export const Leaders: CollectionConfig = {
  slug: 'leaders',
  labels: { singular: '领导信息', plural: '领导信息' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'order', 'inOffice', '_status'],
    group: '机构概况',
    description: '局领导的姓名、照片、职务、简历和分管工作。离任的领导改为“已离任”,不要删除;发布后网站不再显示。',
  },
  access: {
    read: contentOrPublic(publicLeaderWhere),
    create: hasRole(...CONTENT_ROLES),
    update: hasRole(...CONTENT_ROLES),
    delete: hasRole(...CONTENT_DELETE_ROLES),
    readVersions: hasRole(...CONTENT_ROLES),
  },
  versions: publishedVersions,
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: '姓名', required: true },
        { name: 'position', type: 'text', label: '职务', required: true, admin: { placeholder: '例如:党组书记、局长' } },
      ],
    },
    { name: 'photo', type: 'upload', label: '照片', relationTo: 'media', admin: { description: '标准证件照或工作照,须填写替代文字。' } },
    { name: 'duties', type: 'textarea', label: '分管工作', required: true },
    { name: 'resume', type: 'textarea', label: '简历', required: true, admin: { description: '每段一行,按时间顺序填写。' } },
    orderField(),
    {
      name: 'inOffice',
      type: 'checkbox',
      label: '现任',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: '离任后取消勾选并提交审核;发布后网站不再显示,资料保留。' },
    },
    slugField(),
  ],
}
