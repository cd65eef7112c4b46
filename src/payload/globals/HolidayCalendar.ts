import type { GlobalConfig, TextField } from 'payload'

import { hasRole } from '../access/hasRole'
import { forgetCalendar } from '../collections/Enquiries/loadCalendar'
import { ENQUIRY_ROLES } from '../constants/roles'

const dateField: TextField = {
  name: 'date',
  type: 'text',
  label: '日期',
  required: true,
  admin: { placeholder: '2026-10-01' },
  validate: (value: string | null | undefined) =>
    (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') && !Number.isNaN(Date.parse(value!))) || '请按 2026-10-01 的格式填写日期',
}

/** 节假日安排: the calendar the legal clocks of enquiries count working days with. */
export const HolidayCalendar: GlobalConfig = {
  slug: 'holidayCalendar',
  label: '节假日安排',
  admin: { group: '留言办理', description: '办理期限按工作日计算:周末和这里的法定节假日不计,调休上班日计入。' },
  access: { read: hasRole(...ENQUIRY_ROLES), update: hasRole('admin') },
  hooks: { afterChange: [() => forgetCalendar()] },
  fields: [
    {
      name: 'holidays',
      type: 'array',
      label: '法定节假日(工作日放假)',
      labels: { singular: '节假日', plural: '节假日' },
      fields: [{ type: 'row', fields: [dateField, { name: 'name', type: 'text', label: '节日' }] }],
    },
    {
      name: 'workdays',
      type: 'array',
      label: '调休上班日(周末上班)',
      labels: { singular: '调休上班日', plural: '调休上班日' },
      fields: [dateField],
    },
  ],
}
