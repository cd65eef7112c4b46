import { describe, expect, it } from 'vitest'

import { userHasRole } from '../../src/payload/access/userHasRole'
import { isMongoUri } from '../../src/payload/env'
import { isDivisionCode } from '../../src/payload/rules/divisionCode'
import { formatIndexNumber, indexNumberPrefix, nextIndexSequence } from '../../src/payload/disclosure'
import { mediaUrl } from '../../src/payload/rules/mediaUrl'
import { requiresReplacement } from '../../src/payload/rules/policyValidity'
import { generateSlug, isSlug } from '../../src/payload/rules/slug'
import { parentLevelFor } from '../../src/payload/rules/stationHierarchy'
import { generateTrackingCode, isTrackingCode } from '../../src/payload/cases/domain/tracking'

describe('slug rules', () => {
  it('should accept lowercase words joined by single hyphens', () => {
    expect(isSlug('spring-visit-2026')).toBe(true)
    expect(isSlug('Spring-Visit')).toBe(false)
    expect(isSlug('two--hyphens')).toBe(false)
    expect(isSlug('春节走访')).toBe(false)
    expect(isSlug('a'.repeat(97))).toBe(false)
  })

  it('should generate a dated slug that passes its own rule', () => {
    const slug = generateSlug(new Date('2026-11-21T08:00:00Z'), () => 0.5)
    expect(slug).toMatch(/^20261121-[0-9a-z]{6}$/)
    expect(isSlug(slug)).toBe(true)
  })
})

describe('division codes', () => {
  it('should accept 6- and 12-digit codes only', () => {
    expect(isDivisionCode('439901')).toBe(true)
    expect(isDivisionCode('439901101000')).toBe(true)
    expect(isDivisionCode('43990')).toBe(false)
    expect(isDivisionCode('4399011010001')).toBe(false)
    expect(isDivisionCode(439901)).toBe(false)
  })
})

describe('index numbers (索引号)', () => {
  it('should format issuer code, year and a five-digit sequence', () => {
    expect(formatIndexNumber('11439901MB1A2B3C4D', 2026, 12)).toBe('11439901MB1A2B3C4D/2026-00012')
  })

  it('should continue after the highest sequence of the same year and ignore other years', () => {
    const prefix = indexNumberPrefix('ORG', 2026)
    expect(nextIndexSequence([], prefix)).toBe(1)
    expect(nextIndexSequence(['ORG/2026-00003', 'ORG/2026-00001', 'ORG/2025-00099'], prefix)).toBe(4)
  })
})

describe('tracking codes (查询码)', () => {
  it('should use two groups of five unambiguous characters', () => {
    const code = generateTrackingCode()
    expect(isTrackingCode(code)).toBe(true)
    expect(code).not.toMatch(/[01OIL]/)
  })

  it('should reject codes with look-alike characters', () => {
    expect(isTrackingCode('ABCDE-FGHI0')).toBe(false)
    expect(isTrackingCode('ABCDEFGHJK')).toBe(false)
  })
})

describe('station hierarchy', () => {
  it('should require county → township → village', () => {
    expect(parentLevelFor('county')).toBeNull()
    expect(parentLevelFor('township')).toBe('county')
    expect(parentLevelFor('village')).toBe('township')
    expect(parentLevelFor('province')).toBeNull()
  })
})

describe('policy validity', () => {
  it('should ask for a replacement only when amended or repealed', () => {
    expect(requiresReplacement('in_force')).toBe(false)
    expect(requiresReplacement('amended')).toBe(true)
    expect(requiresReplacement('repealed')).toBe(true)
  })
})

describe('roles', () => {
  it('should match any of the given roles and nothing for anonymous users', () => {
    expect(userHasRole({ roles: ['editor', 'reviewer'] }, ['reviewer'])).toBe(true)
    expect(userHasRole({ roles: ['editor'] }, ['admin', 'publisher'])).toBe(false)
    expect(userHasRole(null, ['admin'])).toBe(false)
    expect(userHasRole({ roles: null }, ['admin'])).toBe(false)
  })
})

describe('database choice', () => {
  it('should pick MongoDB only for mongodb URIs', () => {
    expect(isMongoUri('mongodb://127.0.0.1/va')).toBe(true)
    expect(isMongoUri('mongodb+srv://cluster.example/va')).toBe(true)
    expect(isMongoUri('file:./data/site.db')).toBe(false)
    expect(isMongoUri('')).toBe(false)
  })
})

describe('media URLs', () => {
  it('should give every file one public address, encoded', () => {
    expect(mediaUrl('station 1.jpg')).toBe('/media/station%201.jpg')
  })
})
