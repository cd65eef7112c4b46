import type { NumberField } from 'payload'

/** The order staff give items on a list page: smaller numbers first. */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  label: '排列顺序',
  required: true,
  defaultValue: 10,
  index: true,
  admin: { position: 'sidebar', step: 1, description: '数字小的排在前面。' },
})
