// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and shows the public the published version; siteCache() purges the site on publication.
import type { GlobalConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { CONTENT_ROLES } from '../constants/roles'

/**
 * 机构概况: the bureau's functions (机构职能) and how to reach it (联系方式). Leaders and units are
 * collections of their own (领导信息, 机构设置); the public 机构概况 page shows all of them.
 */
export const BureauProfile: GlobalConfig = {
  slug: 'bureauProfile',
  label: '机构职能与联系方式',
  admin: { group: '机构概况', description: '保存后为草稿,经初审、发布后网站才更新。' },
  access: { update: hasRole(...CONTENT_ROLES) },
  fields: [
    { name: 'intro', type: 'textarea', label: '机构简介', admin: { description: '一两句话说明本局是什么机构。' } },
    {
      name: 'functions',
      type: 'array',
      label: '主要职能',
      labels: { singular: '职能', plural: '主要职能' },
      admin: { description: '每条一项职能,按重要程度排列。' },
      fields: [{ name: 'text', type: 'textarea', label: '职能', required: true }],
    },
    {
      name: 'contact',
      type: 'group',
      label: '联系方式',
      fields: [
        { name: 'address', type: 'text', label: '办公地址' },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: '办公电话' },
            { name: 'postcode', type: 'text', label: '邮编' },
          ],
        },
        { name: 'hours', type: 'text', label: '办公时间' },
        {
          name: 'station',
          type: 'relationship',
          label: '地图位置',
          relationTo: 'stations',
          filterOptions: { _status: { equals: 'published' } },
          admin: { description: '选择县退役军人服务中心的站点条目,网站据此给出地图和路线。' },
        },
      ],
    },
  ],
}
