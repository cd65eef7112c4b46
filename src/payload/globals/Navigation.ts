// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and shows the public the published version; siteCache() purges the site on publication.
import type { ArrayField, GlobalConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { SITE_LINK_HELP, validateSiteLink } from '../fields/siteLink'

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
          admin: { description: SITE_LINK_HELP },
          validate: validateSiteLink,
        },
      ],
    },
  ],
})

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: '导航菜单',
  admin: { group: '系统' },
  access: { update: hasRole('admin', 'editor') },
  fields: [links('main', '主导航'), links('footer', '页脚链接')],
}
