import type { PayloadRequest } from 'payload'

import type { HolidayCalendar } from '../../enquiries/workingDays'

const CACHE_MS = 60_000
let cached: { at: number; calendar: HolidayCalendar } | undefined

/** Forgets the cached calendar (the global's afterChange hook calls this). */
export const forgetCalendar = (): void => {
  cached = undefined
}

/**
 * The holiday calendar the clocks count with. Cached for a minute: every submission needs it,
 * and it changes a few times a year.
 */
export const loadCalendar = async (req: PayloadRequest): Promise<HolidayCalendar> => {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.calendar
  const global = await req.payload.findGlobal({ slug: 'holidayCalendar', req, depth: 0 })
  const calendar = {
    holidays: (global.holidays ?? []).map((item) => item.date),
    workdays: (global.workdays ?? []).map((item) => item.date),
  }
  cached = { at: Date.now(), calendar }
  return calendar
}
