/**
 * 旧网址跳转: an article's address on the portal it was imported from answers with a 301 to the
 * article once it is published. The list (collection `redirects`, in the admin under 内容) holds
 * an old path (src/shared/oldAddress.ts checks it is another site's) and the document of this
 * site it goes to — never an address typed in. Content staff keep it; the public never reads it.
 * The importer adds one for each article whose original address it found
 * (../import/importArticles.ts); the public site looks one up when a page is not found
 * (src/site/pages/404.astro, oldAddressTarget) and goes only to a published document.
 *
 * Payload's redirects plugin has the same two fields; its newest release (3.90.1) fails this
 * Payload's (3.90.2) check that every @payloadcms package has its version, and each of its fields
 * needed overriding here anyway (no typed-in URL, a checked path, staff-only access).
 */
import type { CollectionConfig, Config, FieldHook, Plugin, Validate } from 'payload'

import { hasRole } from '../access/hasRole'
import { CONTENT_ROLES } from '../constants/roles'
import { uniqueValue } from '../fields/uniqueValue'
import { normalizeOldPath, oldPathProblem, PUBLIC_COLLECTIONS } from '../../shared'
import { insertBeforeUsers } from '../plugins/insertBeforeUsers'

export const OLD_ADDRESSES = 'redirects'

/** Whatever was typed or imported ("http://old.gov.cn/a.html", "a.html") is stored as the path the site compares. */
const normalizeFrom: FieldHook = ({ value }) => (typeof value === 'string' ? (normalizeOldPath(value) ?? value) : value)

export const validateOldAddress: Validate<string> = (value) => {
  const path = typeof value === 'string' ? normalizeOldPath(value) : null
  if (!path) return '请填写旧网站上的网址或路径,例如 http://www.example.gov.cn/art/2021/1/20/art_1_2.html'
  return oldPathProblem(path) ?? true
}

export const OldAddresses: CollectionConfig = {
  slug: OLD_ADDRESSES,
  labels: { singular: '旧网址跳转', plural: '旧网址跳转' },
  admin: {
    group: '内容',
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'updatedAt'],
    description: '旧网站文章的网址跳转到本站的内容。只有目标已发布时才会跳转,否则显示“页面不存在”。',
  },
  access: { read: hasRole(...CONTENT_ROLES), create: hasRole(...CONTENT_ROLES), update: hasRole(...CONTENT_ROLES), delete: hasRole('admin') },
  fields: [
    {
      name: 'from',
      type: 'text',
      label: '旧网址',
      required: true,
      unique: true,
      index: true,
      admin: { description: '旧网站上的网址或路径,保存为路径(如 /art/2021/1/20/art_1_2.html)。目标发布后,访问这个路径会跳转到它。' },
      validate: validateOldAddress,
      hooks: { beforeValidate: [normalizeFrom], beforeChange: [uniqueValue('这个旧网址已经设置了跳转')] },
    },
    { name: 'to', type: 'relationship', label: '跳转到', required: true, relationTo: [...PUBLIC_COLLECTIONS] },
  ],
}


export const oldAddresses =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: insertBeforeUsers(config.collections ?? [], [OldAddresses]) })
