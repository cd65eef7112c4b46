/**
 * 旧网址跳转: an article's address on the portal it was imported from answers with a 301 to the
 * article once it is published. Payload's redirects plugin keeps the list (collection `redirects`,
 * managed in the admin under 内容); this feature gives it its rules: only an old path of another
 * site (src/shared/oldAddress.ts), only to a document of this site, never to an address typed in,
 * readable and editable by content staff only. The importer adds one for each article whose
 * original address it found (../import/importArticles.ts); the public site looks one up when a
 * page is not found (src/site/pages/404.astro), and goes only to a published document.
 */
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, FieldHook, GroupField, Plugin, TextField, Validate } from 'payload'

import { hasRole } from '../access/hasRole'
import { CONTENT_ROLES } from '../constants/roles'
import { uniqueValue } from '../fields/uniqueValue'
import { normalizeOldPath, oldPathProblem, PUBLIC_COLLECTIONS } from '../../shared'

export const OLD_ADDRESSES = 'redirects'

/** Whatever was typed or imported ("http://old.gov.cn/a.html", "a.html") is stored as the path the site compares. */
const normalizeFrom: FieldHook = ({ value }) => (typeof value === 'string' ? (normalizeOldPath(value) ?? value) : value)

const validateFrom: Validate<string> = (value) => {
  const path = typeof value === 'string' ? normalizeOldPath(value) : null
  if (!path) return '请填写旧网站上的网址或路径,例如 http://www.example.gov.cn/art/2021/1/20/art_1_2.html'
  return oldPathProblem(path) ?? true
}

/** The plugin's fields with this site's rules: a checked path, and a target that is always a document. */
const fields = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field) => {
    if ('name' in field && field.name === 'from') {
      return {
        ...(field as TextField),
        label: '旧网址',
        admin: { description: '旧网站上的网址或路径,保存为路径(如 /art/2021/1/20/art_1_2.html)。目标发布后,访问这个路径会跳转到它。' },
        validate: validateFrom,
        hooks: { beforeValidate: [normalizeFrom], beforeChange: [uniqueValue('这个旧网址已经设置了跳转')] },
      } as TextField
    }
    if ('name' in field && field.name === 'to') {
      const group = field as GroupField
      return {
        ...group,
        fields: group.fields
          // An address typed in would send the public anywhere, unreviewed: only documents of this site.
          .filter((child) => !('name' in child && child.name === 'url'))
          .map((child) => {
            if ('name' in child && child.name === 'type') return { ...child, admin: { ...child.admin, hidden: true }, defaultValue: 'reference', options: [{ label: '本站内容', value: 'reference' }] } as Field
            if ('name' in child && child.name === 'reference') return { ...child, label: '跳转到', admin: { ...child.admin, condition: undefined } } as Field
            return child
          }),
      } as GroupField
    }
    return field
  })

export const oldAddresses = (): Plugin =>
  redirectsPlugin({
    collections: [...PUBLIC_COLLECTIONS],
    overrides: {
      slug: OLD_ADDRESSES,
      labels: { singular: '旧网址跳转', plural: '旧网址跳转' },
      admin: {
        group: '内容',
        useAsTitle: 'from',
        defaultColumns: ['from', 'to.reference', 'updatedAt'],
        description: '旧网站文章的网址跳转到本站的文章。只有目标已发布时才会跳转,否则显示“页面不存在”。',
      },
      // The public never lists them: the site reads the one a reader's path names, server-side.
      access: { read: hasRole(...CONTENT_ROLES), create: hasRole(...CONTENT_ROLES), update: hasRole(...CONTENT_ROLES), delete: hasRole('admin') },
      fields,
    },
  })
