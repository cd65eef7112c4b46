import type { DateField } from 'payload'

/**
 * A date as UTC ISO text (2026-11-06T07:00:00.000Z). The SQLite adapter stores a date given as a
 * string exactly as given, so 2026-11-06T15:00:00+08:00 (the seed's and the importer's form) sat
 * beside admin-entered UTC values and compared as text: wrong lists and a 上一篇 that was the
 * article itself. Queries are converted to UTC ISO already; this makes stored values match.
 */
export const toUtcIso = (value: unknown): unknown => {
  if (typeof value !== 'string' || value === '') return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}

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
      ({ siblingData, value }) => toUtcIso(value || siblingData._status !== 'published' ? value : new Date().toISOString()),
    ],
  },
})
