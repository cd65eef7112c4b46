import type { TextField } from 'payload'

import { generateSlug, isSlug } from '../rules/slug'

export const slugField = (): TextField => ({
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
  },
  validate: (value: unknown) =>
    value == null || isSlug(value) || '网址标识只能包含小写字母、数字和连字符,且不超过 96 个字符',
})
