import type { GroupField } from 'payload'

import { STANDARD_CHECKLISTS } from '../../constants/stations'

/** One multi-select per named checklist (七个一, 五有, 四有): which items the station meets. */
export const standardsField = (): GroupField => ({
  name: 'standards',
  type: 'group',
  label: '建设标准达标情况',
  fields: Object.entries(STANDARD_CHECKLISTS).map(([name, checklist]) => ({
    name,
    type: 'select' as const,
    label: `“${checklist.label}”已达标项`,
    hasMany: true,
    options: Object.entries(checklist.items).map(([value, label]) => ({ value, label })),
  })),
})
