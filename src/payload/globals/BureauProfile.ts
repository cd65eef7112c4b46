// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and shows the public the published version; siteCache() purges the site on publication.
import type { GlobalConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { CONTENT_ROLES } from '../constants/roles'

/**
 * 机构概况: the bureau's functions (机构职能) and where it is on the map (the county centre's station
 * entry). Its address, phone and hours are the site settings' (one place, also in the footer and
 * 联系我们); leaders and units are collections of their own (领导信息, 机构设置).
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
      name: 'contactStation',
      type: 'relationship',
      label: '联系方式:地图位置',
      relationTo: 'stations',
      filterOptions: { _status: { equals: 'published' } },
      admin: { description: '选择县退役军人服务中心的站点条目,网站据此给出地图和路线。地址、电话和办公时间取自“网站设置”,只需在那里维护。' },
    },
  ],
}
