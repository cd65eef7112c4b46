import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { beijingDate, beijingDateTime, escapeHtml, fromBeijingInput, fromPickedBeijingTime, idOf, purgeToken } from '../../src/shared'

describe('Beijing time', () => {
  it('should show a UTC time in Beijing time', () => {
    expect(beijingDateTime('2026-01-01T16:30:00.000Z')).toBe('2026-01-02 00:30')
    expect(beijingDateTime(new Date('2026-01-01T15:59:00.000Z'))).toBe('2026-01-01 23:59')
  })

  it('should give the Beijing calendar day, not the UTC one', () => {
    expect(beijingDate('2026-11-21T17:00:00Z')).toBe('2026-11-22')
    expect(beijingDate('2026-11-21T15:59:59Z')).toBe('2026-11-21')
  })

  it('should give the same day and minute as the zone database, for summer time in 1986–1991 too', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    const expected = (at: Date) => zone.format(at).replace(', ', ' ')
    // Every 7 h 13 min from 1985 to 2100, and each side of the fixed-offset start and of midnight.
    const instants = [Date.UTC(1991, 11, 31, 15, 59), Date.UTC(1991, 11, 31, 16), Date.UTC(1991, 8, 14, 15, 30), Date.UTC(1988, 5, 1, 16, 30)]
    for (let at = Date.UTC(1985, 0, 1); at < Date.UTC(2100, 0, 1); at += (7 * 60 + 13) * 60 * 1000) instants.push(at)
    const mismatches = instants.map((at) => new Date(at)).filter((at) => beijingDateTime(at) !== expected(at))
    expect(mismatches.map((at) => at.toISOString())).toEqual([])
    expect(instants.length).toBeGreaterThan(130_000)
    // Summer time: 1988-06-02 00:30 UTC+8 was 01:30 on the clocks.
    expect(beijingDateTime(new Date(Date.UTC(1988, 5, 1, 16, 30)))).toBe('1988-06-02 01:30')
  })

  it('should give an empty string for no time', () => {
    expect(beijingDate(null)).toBe('')
    expect(beijingDateTime(undefined)).toBe('')
    expect(beijingDateTime('')).toBe('')
  })

  it('should read a datetime-local value as Beijing time', () => {
    expect(fromBeijingInput('2026-01-02T00:30')).toBe('2026-01-01T16:30:00.000Z')
    expect(fromBeijingInput('')).toBeUndefined()
  })

  it('should read a time picked in the calendar as Beijing time, whatever the browser’s zone', () => {
    expect(fromPickedBeijingTime(new Date(2026, 0, 2, 0, 30))).toBe('2026-01-01T16:30:00.000Z')
    expect(fromPickedBeijingTime(null)).toBeUndefined()
  })
})

describe('idOf', () => {
  it('should read the id of a populated or unpopulated relation', () => {
    expect(idOf('a1')).toBe('a1')
    expect(idOf({ id: 'a1' })).toBe('a1')
    expect(idOf(7)).toBe('7')
    expect(idOf({ id: 7, name: 'x' })).toBe('7')
  })

  it('should give null for an empty relation', () => {
    expect(idOf(null)).toBeNull()
    expect(idOf(undefined)).toBeNull()
    expect(idOf('')).toBeNull()
    expect(idOf({})).toBeNull()
  })
})

describe('purge protocol', () => {
  it('should derive the token as before: HMAC-SHA256 of a fixed label under the shared secret', async () => {
    expect(await purgeToken('s3cret')).toBe(createHmac('sha256', 's3cret').update('va-page-cache-purge').digest('hex'))
  })
})

describe('escapeHtml', () => {
  it('should escape what breaks HTML text and double-quoted attributes', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe(`&#60;a href=&#34;x&#34;&#62;&#38;'&#60;/a&#62;`)
  })
})
