import { describe, expect, it } from 'vitest'

import { EMPTY_CALENDAR } from '../../src/payload/cases/domain/clocks'
import { foiAnswerProblems, foiNotice } from '../../src/payload/cases/domain/foiAnswer'
import { type FoiEvent, foiClock, foiEventProblem } from '../../src/payload/cases/domain/foiClock'
import { type FoiCaseFacts, FOI_ROWS, foiStatistics } from '../../src/payload/cases/domain/foiStatistics'
import { FOI_ANSWER_TYPES } from '../../src/payload/cases/kinds/foiRequest'

// Monday 2 November 2026; with no holidays, 20 working days later is Monday 30 November.
const received: FoiEvent = { type: 'received', on: '2026-11-02' }

describe('依申请公开: the clock in working days', () => {
  it('should give 20 working days from receipt, counting the days used', () => {
    const clock = foiClock([received], '2026-11-06', EMPTY_CALENDAR)
    expect(clock).toMatchObject({ state: 'running', dueOn: '2026-11-30', used: 4, allowed: 20 })
  })

  it('should skip holidays and count a 调休 Saturday (国庆 2026)', () => {
    const golden = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] }
    expect(foiClock([{ type: 'received', on: '2026-09-28' }], '2026-09-28', golden).dueOn).toBe('2026-10-30')
    expect(foiClock([{ type: 'received', on: '2026-09-28' }], '2026-09-28', EMPTY_CALENDAR).dueOn).toBe('2026-10-26')
  })

  it('should stop the clock for 补正 and start it again from zero when the clarified request arrives', () => {
    const asked: FoiEvent[] = [received, { type: 'clarificationRequested', on: '2026-11-04' }]
    const waiting = foiClock(asked, '2026-11-09', EMPTY_CALENDAR)
    expect(waiting).toMatchObject({ state: 'paused', pausedFor: 'clarification', used: 2, dueOn: null })
    const restarted = foiClock([...asked, { type: 'clarificationReceived', on: '2026-11-10' }], '2026-11-10', EMPTY_CALENDAR)
    expect(restarted).toMatchObject({ state: 'running', countsFrom: '2026-11-10', used: 0, dueOn: '2026-12-08' })
  })

  it('should leave out the days spent consulting a third party', () => {
    const consulting: FoiEvent[] = [received, { type: 'consultationStarted', on: '2026-11-09' }]
    expect(foiClock(consulting, '2026-11-12', EMPTY_CALENDAR)).toMatchObject({ state: 'paused', pausedFor: 'consultation', used: 5 })
    const back = foiClock([...consulting, { type: 'consultationEnded', on: '2026-11-13' }], '2026-11-16', EMPTY_CALENDAR)
    // 10–13 November do not count: four working days later than without the consultation.
    expect(back).toMatchObject({ state: 'running', used: 6, dueOn: '2026-12-04' })
  })

  it('should extend once, by at most 20 working days, with a reason', () => {
    const extended: FoiEvent = { type: 'extended', on: '2026-11-20', days: 20, reason: '需要调取档案馆存档材料' }
    expect(foiClock([received, extended], '2026-11-20', EMPTY_CALENDAR)).toMatchObject({ dueOn: '2026-12-28', allowed: 40, extension: { days: 20 } })
    expect(foiEventProblem([received], extended, EMPTY_CALENDAR)).toBeNull()
    expect(foiEventProblem([received, extended], { ...extended, on: '2026-11-23', days: 5 }, EMPTY_CALENDAR)).toBe('答复期限只能延长一次')
    expect(foiEventProblem([received], { ...extended, days: 21 }, EMPTY_CALENDAR)).toContain('1 至 20')
    expect(foiEventProblem([received], { ...extended, reason: '  ' }, EMPTY_CALENDAR)).toContain('理由')
    expect(foiEventProblem([received], { ...extended, on: '2026-12-01' }, EMPTY_CALENDAR)).toBe('答复期限已过,不能再延长')
  })

  it('should take 补正 once, within 7 working days of receipt', () => {
    expect(foiEventProblem([received], { type: 'clarificationRequested', on: '2026-11-11' }, EMPTY_CALENDAR)).toBeNull()
    expect(foiEventProblem([received], { type: 'clarificationRequested', on: '2026-11-12' }, EMPTY_CALENDAR)).toContain('7 个工作日内')
    const asked: FoiEvent[] = [received, { type: 'clarificationRequested', on: '2026-11-03' }, { type: 'clarificationReceived', on: '2026-11-05' }]
    expect(foiEventProblem(asked, { type: 'clarificationRequested', on: '2026-11-06' }, EMPTY_CALENDAR)).toBe('补正只能一次性告知')
    expect(foiEventProblem([received], { type: 'clarificationReceived', on: '2026-11-06' }, EMPTY_CALENDAR)).toBe('没有待补正的申请')
  })

  it('should stop at the answer and take no event after it', () => {
    const answered: FoiEvent[] = [received, { type: 'answered', on: '2026-11-16' }]
    expect(foiClock(answered, '2026-12-20', EMPTY_CALENDAR)).toMatchObject({ state: 'answered', used: 10 })
    expect(foiEventProblem(answered, { type: 'consultationStarted', on: '2026-11-17' }, EMPTY_CALENDAR)).toBe('该申请已答复')
  })
})

describe('依申请公开: what each answer type must state', () => {
  const valid = {
    disclose: { type: 'disclose', provided: '已通过电子邮件发送《2025年度优抚对象数量统计表》。' },
    partial: { type: 'partial', provided: '名单中的姓名与村别', withheldPart: '身份证号码与住址', legalBasis: '涉及个人隐私,依据条例第十五条' },
    withhold: { type: 'withhold', reason: 'stateSecret', legalBasis: '依据条例第十四条' },
    unable: { type: 'unable', reason: 'notHeld' },
    notHandled: { type: 'notHandled', reason: 'repeated' },
    other: { type: 'other', reason: 'noClarification', explanation: '申请人逾期未补正。' },
  } as const

  it('should accept a complete answer of every type, and give each a 告知书 with the remedies', () => {
    for (const answer of Object.values(valid)) {
      expect(foiAnswerProblems(answer), answer.type).toEqual({})
      const notice = foiNotice(answer, { applicant: '王某某', receivedOn: '2026-11-02', subject: '优抚对象统计', trackingCode: 'GK2611-ABCD' }, '2026-11-20', '南屏县退役军人事务局')
      expect(notice.title).toContain(FOI_ANSWER_TYPES[answer.type].label)
      const text = notice.paragraphs.join('\n')
      expect(text).toContain('60 日内')
      expect(text).toContain('行政复议')
      expect(text).toContain('6 个月内')
      expect(text).toContain('行政诉讼')
      expect(text).toContain('2026-11-20')
    }
  })

  it('should name every missing field of every type', () => {
    expect(foiAnswerProblems({})).toEqual({ type: '请选择答复类型' })
    expect(Object.keys(foiAnswerProblems({ type: 'disclose' }))).toEqual(['provided'])
    expect(Object.keys(foiAnswerProblems({ type: 'partial' })).sort()).toEqual(['legalBasis', 'provided', 'withheldPart'])
    expect(Object.keys(foiAnswerProblems({ type: 'withhold' })).sort()).toEqual(['legalBasis', 'reason'])
    expect(Object.keys(foiAnswerProblems({ type: 'withhold', reason: 'notAReason', legalBasis: 'x' }))).toEqual(['reason'])
    expect(Object.keys(foiAnswerProblems({ type: 'withhold', reason: 'other', legalBasis: 'x' }))).toEqual(['explanation'])
    expect(Object.keys(foiAnswerProblems({ type: 'unable' }))).toEqual(['reason'])
    expect(Object.keys(foiAnswerProblems({ type: 'notHandled', reason: 'stillUnclear' }))).toEqual(['reason'])
    expect(Object.keys(foiAnswerProblems({ type: 'other' })).sort()).toEqual(['explanation', 'reason'])
  })
})

describe('依申请公开: the annual report’s table 三', () => {
  const cases: FoiCaseFacts[] = [
    { applicantType: 'citizen', receivedOn: '2024-12-20', answeredOn: '2025-01-10', answerType: 'disclose' },
    { applicantType: 'citizen', receivedOn: '2025-03-01', answeredOn: '2025-03-20', answerType: 'withhold', reason: 'stateSecret' },
    { applicantType: 'business', receivedOn: '2025-05-01', answeredOn: '2025-05-20', answerType: 'partial' },
    { applicantType: 'research', receivedOn: '2025-12-20' },
    { applicantType: 'citizen', receivedOn: '2024-11-01', answeredOn: '2024-11-20', answerType: 'disclose' },
    { applicantType: 'legalService', receivedOn: '2026-01-05' },
    { applicantType: 'citizen', receivedOn: '2025-12-28', answeredOn: '2026-01-10', answerType: 'unable', reason: 'notHeld' },
  ]

  it('should count by applicant and outcome as computed by hand', () => {
    const table = foiStatistics(cases, 2025)
    expect(table.received).toMatchObject({ citizen: 2, business: 1, research: 1, legalService: 0, total: 4 })
    expect(table.carriedIn).toMatchObject({ citizen: 1, total: 1 })
    expect(table.disclose).toMatchObject({ citizen: 1, total: 1 })
    expect(table.withhold).toMatchObject({ citizen: 1, total: 1 })
    expect(table['withhold.stateSecret']).toMatchObject({ citizen: 1, total: 1 })
    expect(table.partial).toMatchObject({ business: 1, total: 1 })
    expect(table.unable.total).toBe(0)
    expect(table.handled).toMatchObject({ citizen: 2, business: 1, total: 3 })
    expect(table.carriedOut).toMatchObject({ citizen: 1, research: 1, total: 2 })
    // Every request is either handled this year or carried on.
    expect(table.received.total + table.carriedIn.total).toBe(table.handled.total + table.carriedOut.total)
  })

  it('should have a row for every answer type and reason of the national template', () => {
    const keys = FOI_ROWS.map((row) => row.key)
    expect(keys).toContain('withhold.enforcementFile')
    expect(keys).toContain('notHandled.confirmation')
    expect(keys).toContain('other.unpaidFee')
    expect(keys.at(-1)).toBe('carriedOut')
  })
})
