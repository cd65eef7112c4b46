import type { ArrayField, GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { hasRole } from '../access/hasRole'

const links = (name: string, label: string): ArrayField => ({
  name,
  type: 'array',
  label,
  labels: { singular: '链接', plural: '链接' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', label: '文字', required: true },
        {
          name: 'href',
          type: 'text',
          label: '地址',
          required: true,
          validate: (value: unknown) =>
            (typeof value === 'string' && /^(\/|https?:\/\/)/.test(value)) || '地址应以 / 或 http(s):// 开头',
        },
      ],
    },
  ],
})

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: '导航菜单',
  admin: { group: '系统' },
  access: { read: anyone, update: hasRole('admin', 'editor') },
  fields: [links('main', '主导航'), links('footer', '页脚链接')],
}
