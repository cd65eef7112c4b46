import { describe, expect, it } from 'vitest'

import { actionTarget, availableActions, checkActionInput, closableFrom, closingNeedsReason, closingRefusal, staffChangeRefusal } from '../../src/payload/cases/domain/actions'
import { addWorkingDays, clockState, EMPTY_CALENDAR, type HolidayCalendar } from '../../src/payload/cases/domain/clocks'
import { CASE_STATUSES, checkCaseChange } from '../../src/payload/cases/domain/status'
import { dueSoonUntil, queueFilters } from '../../src/payload/cases/domain/queue'
import { enquiryKind } from '../../src/payload/cases/kinds/enquiry'

const rules = enquiryKind.clocks
const handler = { roles: ['caseHandler'] }
const admin = { roles: ['admin'] }
const station = { roles: ['stationStaff'] }
const editor = { roles: ['editor'] }

describe('handling actions (the one rule behind the buttons, the endpoint and the hook)', () => {
  it('should offer each state only its next steps, for a handler', () => {
    const offered = Object.fromEntries(CASE_STATUSES.map((status) => [status, availableActions({ status }, handler)]))
    expect(offered).toEqual({
      submitted: ['accept', 'decline'],
      accepted: ['assign', 'extend'],
      declined: [],
      in_progress: ['assign', 'answer', 'extend'],
      answered: ['close'],
      closed: [],
    })
    expect(availableActions({ status: 'in_progress' }, admin)).toEqual(['assign', 'answer', 'extend'])
  })

  it('should leave deciding to the bureau: station staff answer, extend and close only, editors nothing', () => {
    expect(availableActions({ status: 'submitted' }, station)).toEqual([])
    expect(availableActions({ status: 'in_progress' }, station)).toEqual(['answer', 'extend'])
    expect(availableActions({ status: 'answered' }, station)).toEqual(['close'])
    expect(availableActions({ status: 'in_progress' }, editor)).toEqual([])
    expect(availableActions({ status: 'in_progress' }, null)).toEqual([])
  })

  it('should offer the extension once only', () => {
    expect(availableActions({ status: 'in_progress', extensionDays: 10 }, handler)).toEqual(['assign', 'answer'])
  })

  it('should lead each action to its state; an extension keeps it', () => {
    expect(actionTarget('accept', 'submitted')).toBe('accepted')
    expect(actionTarget('assign', 'accepted')).toBe('in_progress')
    expect(actionTarget('extend', 'accepted')).toBe('accepted')
    expect(actionTarget('close', 'answered')).toBe('closed')
  })

  it('should refuse staff a change no action of theirs makes, in Chinese', () => {
    expect(staffChangeRefusal('submitted', 'accepted', handler)).toBeNull()
    expect(staffChangeRefusal('submitted', 'answered', handler)).toBe('不能从当前状态直接改为该状态')
    expect(staffChangeRefusal('submitted', 'accepted', station)).toBe('只有留言办理员或系统管理员可以受理')
    expect(staffChangeRefusal('accepted', 'in_progress', station)).toBe('只有留言办理员或系统管理员可以转办/分派')
    expect(staffChangeRefusal('in_progress', 'answered', station)).toBeNull()
    // Reopening is the submitter's 复查, not a staff action.
    expect(staffChangeRefusal('closed', 'in_progress', admin)).toBe('不能从当前状态直接改为该状态')
  })

  it('should ask an extension for a whole number of working days within the limit', () => {
    expect(checkActionInput('extend', { extensionDays: '' }, rules)).toHaveProperty('extensionDays')
    expect(checkActionInput('extend', { extensionDays: '2.5' }, rules)).toHaveProperty('extensionDays')
    expect(checkActionInput('extend', { extensionDays: String(rules.maxExtension + 1) }, rules).extensionDays).toContain(`1 到 ${rules.maxExtension}`)
    expect(checkActionInput('extend', { extensionDays: '10' }, rules)).toEqual({})
    expect(checkActionInput('accept', {}, rules)).toEqual({})
  })
})

describe('closing waits for the rating (办结)', () => {
  // Answered on Monday 2026-11-02 (Beijing); a holiday on Wednesday.
  const answeredAt = '2026-11-02T02:00:00Z'
  const calendar: HolidayCalendar = { holidays: ['2026-11-04'], workdays: [] }
  const at = (date: string) => new Date(`${date}T10:00:00+08:00`)

  it('should wait ratingWithin working days after the answer, counted with the calendar', () => {
    expect(rules.ratingWithin).toBe(5)
    expect(closableFrom(answeredAt, calendar, rules)).toBe(addWorkingDays('2026-11-02', 5, calendar))
    expect(closableFrom(answeredAt, calendar, rules)).toBe('2026-11-10')
    expect(closingRefusal({ answeredAt }, null, at('2026-11-09'), calendar, rules)).toContain('提前办结的理由')
    expect(closingRefusal({ answeredAt }, null, at('2026-11-10'), calendar, rules)).toBeNull()
    expect(closingNeedsReason({ answeredAt }, at('2026-11-03'), calendar, rules)).toBe(true)
  })

  it('should close at once once the submitter has rated, or with a recorded reason', () => {
    expect(closingRefusal({ answeredAt, satisfaction: 'satisfied' }, null, at('2026-11-02'), calendar, rules)).toBeNull()
    expect(closingRefusal({ answeredAt }, '留言人电话表示满意,不再评价', at('2026-11-02'), calendar, rules)).toBeNull()
    expect(closingRefusal({ answeredAt }, '  ', at('2026-11-02'), calendar, rules)).not.toBeNull()
  })

  it('should be enforced by the case rules, keyed to the reason field', () => {
    const change = { from: 'answered', to: 'closed', answeredAt } as const
    expect(checkCaseChange(change, at('2026-11-03'), rules, calendar)).toEqual({ closeReason: expect.stringContaining('5 个工作日') })
    expect(checkCaseChange({ ...change, closeReason: '当面答复,留言人已认可' }, at('2026-11-03'), rules, calendar)).toEqual({})
    expect(checkCaseChange({ ...change, satisfaction: 'basically' }, at('2026-11-03'), rules, calendar)).toEqual({})
  })

  it('should allow an extension only while the answer clock runs', () => {
    expect(checkCaseChange({ from: 'answered', to: 'answered', extensionDays: 5, extensionReason: 'x' }, at('2026-11-03'), rules, EMPTY_CALENDAR)).toHaveProperty('extensionDays')
  })
})

describe("the handler's queue", () => {
  const calendar: HolidayCalendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] }

  it('should count a deadline as due soon exactly when clockState does', () => {
    for (const today of ['2026-09-28', '2026-09-30', '2026-10-09', '2026-11-06']) {
      const now = new Date(`${today}T09:00:00+08:00`)
      const until = dueSoonUntil(now, calendar, rules).getTime()
      for (let offset = 0; offset < 20; offset += 1) {
        const deadline = new Date(now.getTime() + offset * 86_400_000)
        deadline.setUTCHours(15, 59, 59, 999) // 23:59:59.999 in Beijing
        const state = clockState({ status: 'in_progress', answerDeadline: deadline.toISOString() }, now, calendar, rules)
        const inWindow = deadline.getTime() >= now.getTime() && deadline.getTime() <= until
        expect(inWindow, `${today} + ${offset}`).toBe(state === 'dueSoon')
      }
    }
  })

  it('should filter on the deadline each state runs against, and mine on the handler', () => {
    const filters = queueFilters(new Date('2026-11-02T01:00:00Z'), EMPTY_CALENDAR, rules, 'u1')
    expect(filters.submitted).toEqual({ status: { equals: 'submitted' } })
    expect(JSON.stringify(filters.overdue)).toContain('"acceptDeadline":{"less_than":"2026-11-02T01:00:00.000Z"}')
    expect(JSON.stringify(filters.overdue)).toContain('"answerDeadline":{"less_than":"2026-11-02T01:00:00.000Z"}')
    expect(filters.mine).toEqual({ and: [{ handler: { equals: 'u1' } }, { status: { not_in: ['declined', 'closed'] } }] })
  })
})
