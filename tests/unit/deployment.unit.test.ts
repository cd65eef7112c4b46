import { pbkdf2Sync, randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { passwordMatches } from '../../scripts/lib/deploymentChecks'
import { deploymentProblems, isProduction } from '../../src/payload/deployment'

describe('a production deployment refuses the demo’s own settings', () => {
  const sound = { secretFromEnvironment: true, demoAccountsWithDemoPassword: [], siteUrl: 'https://tyjrswj.example.gov.cn', adminUrl: 'https://admin.tyjrswj.example.gov.cn' }

  it('should be production only when DEPLOYMENT says so', () => {
    expect(isProduction({ DEPLOYMENT: 'production' })).toBe(true)
    expect(isProduction({})).toBe(false)
    expect(isProduction({ NODE_ENV: 'production' })).toBe(false)
  })

  it('should let a sound deployment start', () => {
    expect(deploymentProblems(sound)).toEqual([])
  })

  it('should name each problem in Chinese: a generated secret, a demo password, plain http', () => {
    expect(deploymentProblems({ ...sound, secretFromEnvironment: false })).toEqual([expect.stringContaining('PAYLOAD_SECRET')])
    const demo = deploymentProblems({ ...sound, demoAccountsWithDemoPassword: ['admin@demo.example', 'editor@demo.example'] })
    expect(demo).toHaveLength(2)
    expect(demo[0]).toContain('admin@demo.example')
    expect(demo[0]).toContain('演示密码')
    expect(deploymentProblems({ ...sound, siteUrl: 'http://tyjrswj.example.gov.cn' })).toEqual([expect.stringContaining('SITE_URL')])
    expect(deploymentProblems({ ...sound, adminUrl: undefined })).toEqual([expect.stringContaining('PAYLOAD_PUBLIC_SERVER_URL')])
  })

  it('should recognise the demo password in both of Payload’s stored forms, and nothing else', () => {
    const salt = randomBytes(32).toString('hex')
    const older = { salt, hash: pbkdf2Sync('demo2026', salt, 25_000, 512, 'sha256').toString('hex') }
    const current = { salt, hash: `pbkdf2-sha256-v1:${pbkdf2Sync('demo2026', salt, 600_000, 32, 'sha256').toString('hex')}` }
    for (const stored of [older, current]) {
      expect(passwordMatches(stored, 'demo2026')).toBe(true)
      expect(passwordMatches(stored, 'a-changed-password')).toBe(false)
    }
    expect(passwordMatches({}, 'demo2026')).toBe(false)
  })
})
