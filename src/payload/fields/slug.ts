import type { TextField } from 'payload'

import { generateSlug, isSlug } from '../rules/slug'
import { uniqueValue } from './uniqueValue'

/** `reserved`: slugs the collection's pages cannot use, because the site has a page of its own at that address. */
export const slugField = ({ reserved = [] }: { reserved?: readonly string[] } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  label: '网址标识',
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: '用于网址,只能包含小写字母、数字和连字符;留空将自动生成,保存后请勿随意修改。',
  },
  hooks: {
    beforeValidate: [({ value }) => value || generateSlug()],
    beforeChange: [uniqueValue('这个网址标识已被同类的其他内容使用,请换一个')],
  },
  validate: (value: unknown) => {
    if (value == null) return true
    if (!isSlug(value)) return '网址标识只能包含小写字母、数字和连字符,且不超过 96 个字符'
    if (reserved.includes(value)) return `“${value}”已被网站的其他页面使用,请换一个网址标识`
    return true
  },
})
