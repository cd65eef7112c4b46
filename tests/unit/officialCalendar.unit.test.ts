import { describe, expect, it } from 'vitest'

import { addWorkingDays } from '../../src/payload/cases/domain/clocks'
import { missingNextYear, OFFICIAL_CALENDAR, withOfficialCalendar, yearsCovered } from '../../src/payload/cases/domain/officialCalendar'
import { calendarCheck } from '../../src/payload/health/rules'

const none = { holidays: [], workdays: [] }

describe('the official holiday schedule shipped with the clocks', () => {
  it('should list days off on weekdays and 调休 workdays on weekends only', () => {
    for (const year of Object.values(OFFICIAL_CALENDAR)) {
      for (const [date] of year.holidays) expect([0, 6], date).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay())
      for (const date of year.workdays) expect([0, 6], date).toContain(new Date(`${date}T00:00:00Z`).getUTCDay())
    }
  })

  it('should count 国庆 2026 as days off and its 调休 Saturday as a working day, on a fresh install', () => {
    const calendar = withOfficialCalendar(none)
    // From Wednesday 30 September: 1–7 October off, Saturday 10 October worked.
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08')
    expect(addWorkingDays('2026-09-30', 3, calendar)).toBe('2026-10-10')
    // Without the schedule, the same day counted 国庆 as working days.
    expect(addWorkingDays('2026-09-30', 1, none)).toBe('2026-10-01')
  })

  it('should keep what staff entered beside the official days', () => {
    const calendar = withOfficialCalendar({ holidays: ['2027-01-01'], workdays: [] })
    expect(calendar.holidays).toContain('2027-01-01')
    expect(calendar.holidays).toContain('2026-10-01')
    expect(yearsCovered({ holidays: ['2027-01-01'], workdays: [] })).toEqual([2025, 2026, 2027])
  })

  it('should ask for next year’s schedule from 1 December Beijing time, until one is entered', () => {
    expect(missingNextYear(none, new Date('2026-11-30T15:59:00Z'))).toBeNull()
    expect(missingNextYear(none, new Date('2026-11-30T16:00:00Z'))).toBe(2027)
    expect(missingNextYear({ holidays: ['2027-02-08'], workdays: [] }, new Date('2026-12-03T00:00:00Z'))).toBeNull()
    expect(missingNextYear(none, new Date('2025-12-15T00:00:00Z'))).toBeNull()
    const check = calendarCheck(2027)
    expect(check.ok).toBe(true)
    expect(check.warning).toBe(true)
    expect(check.detail).toContain('2027')
  })
})
