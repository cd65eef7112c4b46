// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and shows the public the published version; siteCache() purges the site on publication.
import type { ArrayField, GlobalConfig, PayloadRequest } from 'payload'

import { hasRole } from '../access/hasRole'
import { linkHrefProblem } from '../rules/linkHref'

/** The hosts admins allow, read once per request however many links are checked. */
const allowedHosts = (req: PayloadRequest): Promise<string[]> => {
  const cached = req.context.externalLinkHosts
  if (cached) return cached
  const hosts = req.payload
    .findGlobal({ slug: 'externalLinkHosts', depth: 0, overrideAccess: true, req })
    .then((list) => (list.hosts ?? []).map((row) => row.host))
  req.context.externalLinkHosts = hosts
  return hosts
}

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
          admin: { description: '本站页面以 / 开头;外部网站须在 系统 › 外部链接白名单 中' },
          validate: async (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            linkHrefProblem(value, value?.startsWith('/') ? [] : await allowedHosts(req)) ?? true,
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
