import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { hasRole } from '../access/hasRole'
import { listedHost } from '../rules/linkHref'
import { writeAudit } from '../workflow'

type Hosts = { hosts?: { host?: string | null }[] | null } | undefined

const hostsOf = (doc: Hosts) => (doc?.hosts ?? []).map((row) => row.host).filter(Boolean).join('、') || '无'

/** A change of the list decides where every page's links may point: it is audited like a role change. */
const auditHostChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context.seeding || hostsOf(doc) === hostsOf(previousDoc)) return doc
  await writeAudit(req, {
    action: 'save',
    targetCollection: 'externalLinkHosts',
    documentId: 'externalLinkHosts',
    documentTitle: '外部链接白名单',
    reason: `${hostsOf(previousDoc)} → ${hostsOf(doc)}`,
  })
  return doc
}

/** The hosts the menu and footer may link to besides this site; only administrators keep the list. */
export const ExternalLinkHosts: GlobalConfig = {
  slug: 'externalLinkHosts',
  label: '外部链接白名单',
  admin: { group: '系统', description: '导航菜单和页脚只能链接到本站页面和这里列出的网站。每行一个主机名,不含 http:// 和路径。' },
  access: { read: authenticated, update: hasRole('admin') },
  hooks: { afterChange: [auditHostChange] },
  fields: [
    {
      name: 'hosts',
      type: 'array',
      label: '允许的网站',
      labels: { singular: '网站', plural: '网站' },
      fields: [
        {
          name: 'host',
          type: 'text',
          label: '主机名',
          required: true,
          admin: { placeholder: 'www.gov.cn' },
          validate: (value: string | null | undefined) =>
            (value && listedHost(value) ? true : '请只填写主机名,例如 www.gov.cn(不含 http://、端口和路径)'),
        },
      ],
    },
  ],
}
