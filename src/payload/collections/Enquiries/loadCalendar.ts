import type { PayloadRequest } from 'payload'

import type { HolidayCalendar } from '../../enquiries/workingDays'

export const loadCalendar = async (req: PayloadRequest): Promise<HolidayCalendar> => {
  const calendar = await req.payload.findGlobal({ slug: 'holidayCalendar', req, depth: 0 })
  return {
    holidays: (calendar.holidays ?? []).map((item) => String(item.date).slice(0, 10)),
    workdays: (calendar.workdays ?? []).map((item) => String(item.date).slice(0, 10)),
  }
}
