import { describe, expect, it } from 'vitest'

import {
  acceptDeadline,
  addWorkingDays,
  answerDeadline,
  answeredOnTime,
  canRequestReview,
  clockState,
  EMPTY_CALENDAR,
  isWorkingDay,
  toBeijingDate,
  workingDaysBetween,
} from '../../src/payload/cases/domain/clocks'
import { idCardCheckChar, isIdCardNumber, maskIdCard, maskPhone } from '../../src/payload/cases/domain/personalData'
import { RateLimiter } from '../../src/payload/cases/domain/rateLimit'
import { canTransition, checkCaseChange } from '../../src/payload/cases/domain/status'
import { clockPromise } from '../../src/payload/cases/kinds/caseKind'
import { enquiryKind } from '../../src/payload/cases/kinds/enquiry'

const { clocks } = enquiryKind
const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] }

describe('ID-card numbers', () => {
  it('should accept a number whose check character matches (GB 11643 example)', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true)
    expect(isIdCardNumber('11010519491231002x')).toBe(true)
  })

  it('should refuse a wrong check character, an impossible birth date or a wrong length', () => {
    expect(isIdCardNumber('110105194912310021')).toBe(false)
    const badDate = '11010519490231002'
    expect(isIdCardNumber(badDate + idCardCheckChar(badDate))).toBe(false)
    expect(isIdCardNumber('1101051949123100')).toBe(false)
  })
})

describe('masking', () => {
  it('should keep only the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
  })

  it('should keep only the region and the last four characters of an ID-card number', () => {
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X')
  })
})

describe('working days', () => {
  it('should skip weekends and holidays and count a make-up working Saturday', () => {
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false)
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true)
    expect(isWorkingDay('2026-10-11', calendar)).toBe(false)
    // From Tue 29 Sep: 30 Sep, 8 Oct and 9 Oct (the National Day week is off), then the make-up Saturday 10 Oct
    expect(addWorkingDays('2026-09-29', 3, calendar)).toBe('2026-10-09')
    expect(addWorkingDays('2026-09-29', 4, calendar)).toBe('2026-10-10')
  })

  it('should count working days between two dates, negative when reversed', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-27', calendar)).toBe(5)
    expect(workingDaysBetween('2026-11-27', '2026-11-20', calendar)).toBe(-5)
  })

  it('should read instants as Beijing dates', () => {
    expect(toBeijingDate(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22')
  })
})

describe('legal clocks', () => {
  it("should promise the public the kind's own clocks, so changing a rule changes every page that states it", () => {
    expect(clockPromise(enquiryKind)).toBe('我们将在 15 个工作日内告知是否受理,受理后 60 个工作日内答复。')
    expect(clockPromise({ clocks: { ...enquiryKind.clocks, acceptWithin: 7, answerWithin: 20 } })).toContain('7 个工作日内告知是否受理,受理后 20 个工作日内答复')
  })

  const submitted = new Date('2026-11-20T02:00:00Z') // a Friday in Beijing

  it('should set the accept deadline 15 working days later, at the end of the Beijing day', () => {
    expect(acceptDeadline(submitted, calendar, clocks).toISOString()).toBe('2026-12-11T15:59:59.999Z')
  })

  it('should add an extension to the answer deadline', () => {
    const plain = answerDeadline(submitted, 0, calendar, clocks)
    const extended = answerDeadline(submitted, 10, calendar, clocks)
    expect(workingDaysBetween(toBeijingDate(plain), toBeijingDate(extended), calendar)).toBe(10)
  })

  it('should flag a case as due soon within three working days and overdue after its deadline', () => {
    const item = { status: 'submitted' as const, acceptDeadline: '2026-12-11T15:59:59.999Z' }
    expect(clockState(item, new Date('2026-12-01T02:00:00Z'), calendar, clocks)).toBe('onTime')
    expect(clockState(item, new Date('2026-12-09T02:00:00Z'), calendar, clocks)).toBe('dueSoon')
    expect(clockState(item, new Date('2026-12-12T02:00:00Z'), calendar, clocks)).toBe('overdue')
    expect(clockState({ ...item, status: 'answered' }, new Date('2026-12-12T02:00:00Z'), calendar, clocks)).toBe('none')
  })

  it('should count a reply on its deadline day as on time', () => {
    expect(answeredOnTime('2026-12-11T15:00:00Z', '2026-12-11T15:59:59.999Z')).toBe(true)
    expect(answeredOnTime('2026-12-11T16:00:00Z', '2026-12-11T15:59:59.999Z')).toBe(false)
  })

  it('should allow a review only within 30 days of closing', () => {
    const now = new Date('2026-12-31T00:00:00Z')
    expect(canRequestReview('2026-12-02T00:00:00Z', now, clocks)).toBe(true)
    expect(canRequestReview('2026-11-30T00:00:00Z', now, clocks)).toBe(false)
  })
})

describe('case transitions', () => {
  const now = new Date('2026-11-21T00:00:00Z')

  it('should follow submitted → accepted → in progress → answered → closed only', () => {
    expect(canTransition('submitted', 'accepted')).toBe(true)
    expect(canTransition('submitted', 'answered')).toBe(false)
    expect(canTransition('declined', 'accepted')).toBe(false)
    expect(canTransition('closed', 'in_progress')).toBe(true)
  })

  it('should require a reason to decline', () => {
    expect(checkCaseChange({ from: 'submitted', to: 'declined' }, now, clocks, EMPTY_CALENDAR)).toEqual({ declineReason: '不予受理必须填写理由' })
  })

  it('should require an assignment to put a case in progress and a reply to answer it', () => {
    expect(checkCaseChange({ from: 'accepted', to: 'in_progress' }, now, clocks, EMPTY_CALENDAR)).toHaveProperty('station')
    expect(checkCaseChange({ from: 'in_progress', to: 'answered', station: 's', reply: ' ' }, now, clocks, EMPTY_CALENDAR)).toHaveProperty('reply')
  })

  it('should allow one extension of at most 30 working days with a reason', () => {
    expect(checkCaseChange({ from: 'in_progress', to: 'in_progress', station: 's', extensionDays: 31, extensionReason: 'x' }, now, clocks, EMPTY_CALENDAR)).toHaveProperty('extensionDays')
    expect(checkCaseChange({ from: 'in_progress', to: 'in_progress', station: 's', extensionDays: 10 }, now, clocks, EMPTY_CALENDAR)).toHaveProperty('extensionReason')
    expect(checkCaseChange({ from: 'in_progress', to: 'in_progress', station: 's', extensionDays: 20, previousExtensionDays: 10, extensionReason: 'x' }, now, clocks, EMPTY_CALENDAR)).toHaveProperty('extensionDays')
    expect(checkCaseChange({ from: 'in_progress', to: 'in_progress', station: 's', extensionDays: 10, extensionReason: '需要实地核查' }, now, clocks, EMPTY_CALENDAR)).toEqual({})
  })

  it('should refuse a review later than 30 days after closing', () => {
    const errors = checkCaseChange({ from: 'closed', to: 'in_progress', station: 's', closedAt: '2026-10-01T00:00:00Z', reviewReason: '答复未解决问题' }, now, clocks, EMPTY_CALENDAR)
    expect(errors.status).toContain('30')
  })
})

describe('rate limiter', () => {
  it('should refuse attempts over the limit until the window has passed', async () => {
    let now = 0
    const limiter = new RateLimiter(2, 1000, () => now)
    expect([await limiter.take('a'), await limiter.take('a'), await limiter.take('a'), await limiter.take('b')]).toEqual([true, true, false, true])
    now = 1001
    expect(await limiter.take('a')).toBe(true)
  })
})
