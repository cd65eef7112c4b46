import type { GroupField } from 'payload'

import { isDivisionCode } from '../rules/divisionCode'

export const regionField = (): GroupField => ({
  name: 'region',
  type: 'group',
  label: '行政区划',
  fields: [
    { name: 'name', type: 'text', label: '区划名称' },
    {
      name: 'code',
      type: 'text',
      label: '区划代码',
      admin: { description: '国家统计用区划代码,6 位或 12 位数字' },
      validate: (value: unknown) => !value || isDivisionCode(value) || '区划代码应为 6 位或 12 位数字',
    },
  ],
})
