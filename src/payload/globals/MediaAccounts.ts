// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and shows the public the published version; mediaUse() makes its QR codes public while published; siteCache() purges the site on publication.
import type { GlobalConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { MEDIA_PLATFORMS } from '../constants/mediaAccounts'

/** 政务新媒体: the bureau's official accounts, listed on /new-media with their QR codes. */
export const MediaAccounts: GlobalConfig = {
  slug: 'mediaAccounts',
  label: '政务新媒体',
  admin: { group: '内容', description: '本局开设的政务新媒体账号,公开页面“政务新媒体”按此顺序列出。' },
  access: { update: hasRole('admin', 'editor') },
  fields: [
    {
      name: 'accounts',
      type: 'array',
      label: '账号',
      labels: { singular: '账号', plural: '账号' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: '账号名称', required: true },
            { name: 'platform', type: 'select', label: '平台', required: true, options: [...MEDIA_PLATFORMS] },
          ],
        },
        { name: 'qr', type: 'upload', relationTo: 'media', label: '二维码图片', required: true },
        { name: 'purpose', type: 'textarea', label: '主要发布内容', required: true, admin: { description: '一两句话说明这个账号发什么,例如“政策解读、办事提醒”。' } },
      ],
    },
  ],
}
