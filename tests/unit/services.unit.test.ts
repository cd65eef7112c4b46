import { describe, expect, it } from 'vitest'

import { seedsHere, servicesFrom } from '../../scripts/lib/services'

describe('services of one host (SERVICES)', () => {
  it('should run all three when unset or empty', () => {
    expect(servicesFrom(undefined)).toEqual({ services: ['site', 'admin', 'jobs'] })
    expect(servicesFrom('  ')).toEqual({ services: ['site', 'admin', 'jobs'] })
  })

  it('should run only those listed, in a fixed order, whatever the spacing', () => {
    expect(servicesFrom('site')).toEqual({ services: ['site'] })
    expect(servicesFrom(' jobs , admin ')).toEqual({ services: ['admin', 'jobs'] })
  })

  it('should refuse an unknown name, saying which, in Chinese', () => {
    const answer = servicesFrom('site,web')
    expect(answer).toEqual({ error: expect.stringContaining('无法识别:web') })
    expect(servicesFrom(',')).toEqual({ error: expect.stringContaining('SERVICES') })
  })

  it('should seed demo content only on the host that runs the admin', () => {
    expect(seedsHere(['site'])).toBe(false)
    expect(seedsHere(['admin', 'jobs'])).toBe(true)
  })
})
