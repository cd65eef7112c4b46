import { describe, expect, it } from 'vitest'

import { diskCheck, jobsCheck, readiness, readinessStatus, workersCheck } from '../../src/payload/health/rules'

describe('health rules', () => {
  const now = new Date('2026-12-03T08:10:00.000Z')

  it('should be ready only when every check passes, and answer 503 otherwise', () => {
    const good = readiness([{ name: 'database', ok: true, detail: '' }, workersCheck(2, 2)])
    expect(good.status).toBe('ok')
    expect(readinessStatus(good)).toBe(200)
    const bad = readiness([{ name: 'database', ok: true, detail: '' }, workersCheck(1, 2)])
    expect(bad.status).toBe('fail')
    expect(readinessStatus(bad)).toBe(503)
  })

  it('should fail the jobs check for a job left waiting past the grace period, not before', () => {
    expect(jobsCheck(null, now).ok).toBe(true)
    expect(jobsCheck({ task: 'enquiryClocks', waitUntil: '2026-12-03T08:06:00.000Z' }, now).ok).toBe(true)
    const late = jobsCheck({ task: 'enquiryClocks', waitUntil: '2026-12-03T08:00:00.000Z' }, now)
    expect(late.ok).toBe(false)
    expect(late.detail).toContain('enquiryClocks')
    expect(late.detail).toContain('10 min late')
  })

  it('should fail the disk check below the minimum free space or when the directory cannot be read', () => {
    expect(diskCheck(500 * 1024 * 1024).ok).toBe(true)
    expect(diskCheck(100 * 1024 * 1024).ok).toBe(false)
    expect(diskCheck(null).ok).toBe(false)
  })

  it('should name no path in a public answer', () => {
    for (const check of [diskCheck(1), diskCheck(null)]) expect(check.detail).not.toMatch(/\//)
  })
})
