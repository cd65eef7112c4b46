import { describe, expect, it } from 'vitest'

import { consultationPhase, MISSING_FEEDBACK } from '../../src/payload/constants/consultations'
import { seedDay } from '../../src/payload/seed/seed'
import { consultationProblems } from '../../src/payload/workflow/checks/consultation'
import { lexicalBody } from '../helpers/workflowFixtures'

const period = { opensAt: '2026-03-01T04:00:00.000Z', closesAt: '2026-03-31T04:00:00.000Z' }

describe('意见征集 rules', () => {
  it('should be open from the first Beijing day to the end of the last', () => {
    expect(consultationPhase(period, new Date('2026-02-28T15:59:00Z'))).toBe('upcoming') // 2-28 23:59 Beijing
    expect(consultationPhase(period, new Date('2026-02-28T16:00:00Z'))).toBe('open') // 3-01 00:00 Beijing
    expect(consultationPhase(period, new Date('2026-03-31T15:59:00Z'))).toBe('open') // 3-31 23:59 Beijing
    expect(consultationPhase(period, new Date('2026-03-31T16:00:00Z'))).toBe('closed') // 4-01 00:00 Beijing
    expect(consultationPhase({ opensAt: null, closesAt: null })).toBe('upcoming')
  })

  it('should refuse a period ending before it starts and more adopted than received, and warn of missing feedback once closed', () => {
    const now = new Date('2026-04-10T00:00:00Z')
    expect(consultationProblems({ opensAt: period.closesAt, closesAt: period.opensAt }, now).errors).toEqual(['征集截止日期早于开始日期'])
    expect(consultationProblems({ ...period, feedback: { received: 2, adopted: 3 } }, now).errors).toEqual(['采纳的意见条数多于收到的条数'])
    expect(consultationProblems(period, now).warnings).toEqual([MISSING_FEEDBACK])
    expect(consultationProblems({ ...period, feedback: { summary: lexicalBody('已采纳 2 条。') } }, now).warnings).toEqual([])
    expect(consultationProblems(period, new Date('2026-03-10T00:00:00Z')).warnings).toEqual([])
  })

  it('should read content days as Beijing noon, and relative days from now', () => {
    expect(seedDay('2025-03-10')).toBe('2025-03-10T04:00:00.000Z')
    const now = new Date('2026-12-02T00:00:00Z')
    expect(seedDay('-5d', now)).toBe('2026-11-27T00:00:00.000Z')
    expect(seedDay('+25d', now)).toBe('2026-12-27T00:00:00.000Z')
  })
})
