import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { hasRole } from '../access/hasRole'

export const SiteSettings: GlobalConfig = {
  slug: 'siteSettings',
  label: '网站设置',
  admin: { group: '系统' },
  access: { read: anyone, update: hasRole('admin') },
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
  ],
}
