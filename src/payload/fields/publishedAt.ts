import type { DateField } from 'payload'

/** The date the public sees; set to the first publication time when left empty. */
export const publishedAtField = (label = '发布日期'): DateField => ({
  name: 'publishedAt',
  type: 'date',
  label,
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
  },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => (value || siblingData._status !== 'published' ? value : new Date().toISOString()),
    ],
  },
})
