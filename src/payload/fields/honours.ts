import type { ArrayField } from 'payload'

import { toOptions } from '../constants/options'
import { HONOUR_LEVEL_LABELS } from '../constants/stations'
import { HONOUR_KIND_LABELS } from '../constants/veterans'

const yearField = {
  name: 'year',
  type: 'number',
  label: '年度',
  min: 1949,
  max: 2100,
} as const

/** Honours a station holds, e.g. 全国示范型退役军人服务站 (2023). */
export const stationHonoursField = (): ArrayField => ({
  name: 'honours',
  type: 'array',
  label: '荣誉',
  labels: { singular: '荣誉', plural: '荣誉' },
  fields: [
    { name: 'title', type: 'text', label: '荣誉名称', required: true },
    { name: 'level', type: 'select', label: '级别', required: true, options: toOptions(HONOUR_LEVEL_LABELS) },
    yearField,
  ],
})

/** Honours a person holds, e.g. 最美退役军人 awarded by the city bureau. */
export const personHonoursField = (): ArrayField => ({
  name: 'honours',
  type: 'array',
  label: '荣誉',
  labels: { singular: '荣誉', plural: '荣誉' },
  fields: [
    { name: 'kind', type: 'select', label: '类别', required: true, options: toOptions(HONOUR_KIND_LABELS) },
    { name: 'title', type: 'text', label: '荣誉名称', required: true },
    yearField,
    { name: 'awardedBy', type: 'text', label: '授予单位' },
  ],
})
