// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and shows the public the published version; siteCache() purges the site on publication.
import type { GlobalConfig } from 'payload'

import { synonymsProblem } from '../../shared'

import { hasRole } from '../access/hasRole'
import { SITE_LINK_HELP, validateSiteLink } from '../fields/siteLink'
import { errorReportProblem } from '../rules/errorReport'
import { tileUrlProblem } from '../rules/tileUrl'

export const SiteSettings: GlobalConfig = {
  slug: 'siteSettings',
  label: '网站设置',
  admin: { group: '系统' },
  access: { update: hasRole('admin') },
  fields: [
    { name: 'siteName', type: 'text', label: '网站名称', required: true, defaultValue: '退役军人事务局' },
    { name: 'host', type: 'text', label: '主办单位', required: true, defaultValue: '退役军人事务局' },
    {
      type: 'row',
      fields: [
        { name: 'siteIdCode', type: 'text', label: '网站标识码' },
        { name: 'icp', type: 'text', label: 'ICP备案号' },
        { name: 'psb', type: 'text', label: '公安备案号' },
      ],
    },
    {
      name: 'organizationCode',
      type: 'text',
      label: '统一社会信用代码',
      admin: { description: '用于生成政府信息公开索引号' },
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: '联系电话' },
        { name: 'email', type: 'email', label: '电子邮箱' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', label: '地址' },
        { name: 'postcode', type: 'text', label: '邮编' },
      ],
    },
    { name: 'officeHours', type: 'text', label: '办公时间' },
    {
      name: 'errorReportUrl',
      type: 'text',
      label: '“我为政府网站找错”地址',
      admin: { description: `全国政府网站找错平台给本站的地址,须含本站的网站标识码;页脚显示“我为政府网站找错”。${SITE_LINK_HELP}` },
      validate: async (value: string | null | undefined, options: Parameters<typeof validateSiteLink>[1] & { data: { siteIdCode?: string | null } }) =>
        (value && errorReportProblem(value, options.data?.siteIdCode)) || validateSiteLink(value, options),
    },
    {
      name: 'searchSynonyms',
      type: 'textarea',
      label: '搜索同义词',
      admin: {
        rows: 8,
        description: '每行一组意思相同的词,用空格、顿号或“/”隔开,例如:退伍 退役。读者搜索其中一个词时,也会找到含同组其他词的内容,结果页会说明“也搜索了”哪些词。',
      },
      validate: (value: string | null | undefined) => synonymsProblem(value ?? '') ?? true,
    },
    {
      name: 'identityMark',
      type: 'group',
      label: '党政机关标识',
      admin: { description: '机构编制部门发给本单位的“党政机关”标识图片及其链接;设置图片后显示在页脚。' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'image', type: 'upload', relationTo: 'media', label: '标识图片' },
            { name: 'href', type: 'text', label: '标识链接', admin: { description: SITE_LINK_HELP }, validate: validateSiteLink },
          ],
        },
      ],
    },
    {
      name: 'map',
      type: 'group',
      label: '服务站点地图',
      admin: {
        description:
          '站点列表始终可用；配置瓦片服务后，列表页提供“在地图上查看”。访客点击后才会从瓦片服务加载地图。',
      },
      fields: [
        {
          name: 'tileUrl',
          type: 'text',
          label: '瓦片地址模板',
          admin: { description: '例如 https://tile.example.gov.cn/{z}/{x}/{y}.png；留空则不显示地图。' },
          validate: (value: string | null | undefined) => (value ? (tileUrlProblem(value) ?? true) : true),
        },
        {
          type: 'row',
          fields: [
            { name: 'subdomains', type: 'text', label: '子域名', admin: { description: '模板含 {s} 时填写，例如 0123' } },
            { name: 'maxZoom', type: 'number', label: '最大缩放级别', min: 1, max: 22, defaultValue: 18 },
          ],
        },
        { name: 'attribution', type: 'text', label: '地图版权声明', admin: { description: '显示在地图右下角，例如 © 天地图' } },
      ],
    },
  ],
}
