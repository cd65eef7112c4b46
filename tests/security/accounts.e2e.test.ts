import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { outboxMails } from '../helpers/enquiryOutbox'
import { graphqlLoginFrom, type LoginAnswer, loginFrom } from '../helpers/loginFrom'

/**
 * Attacks on the admin's login: unlocking someone else's account, telling which addresses have
 * an account, locking the owner out, guessing from one client. Each test uses accounts of its
 * own and its own loopback client addresses (127.0.N.x), so the throttle it provokes touches
 * no other test; the demo logins from 127.0.0.1 must keep working throughout.
 */
describe('admin accounts under attack', () => {
  const adminUrl = inject('adminUrl')
  const outbox = path.join(inject('dataDir'), 'outbox')
  const run = Date.now().toString(36)
  const secret = `Richtig-${run}-2026`
  let adminAuth: Record<string, string>
  const created: string[] = []

  const createUser = async (label: string): Promise<string> => {
    const email = `${label}-${run}@accounts.test`
    const response = await fetch(`${adminUrl}/api/users`, {
      method: 'POST',
      headers: adminAuth,
      body: JSON.stringify({ email, password: secret, name: `测试${label}`, roles: ['editor'] }),
    })
    expect(response.status).toBe(201)
    created.push(((await response.json()) as { doc: { id: string } }).doc.id)
    return email
  }

  /** Waits out the Retry-After of a throttled answer, then tries again (never a fixed sleep). */
  const afterWait = async (answer: LoginAnswer, attempt: () => Promise<LoginAnswer>): Promise<LoginAnswer> => {
    let current = answer
    while (current.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, current.retryAfter! * 1000))
      current = await attempt()
    }
    return current
  }

  /** The demo admin can still sign in from the usual address: nothing changed for anyone else. */
  const demoAdminStillSignsIn = async () => expect((await loginFrom(adminUrl, '127.0.0.1', 'admin@demo.example', 'demo2026')).status).toBe(200)

  beforeAll(async () => {
    adminAuth = { authorization: `JWT ${await apiToken(adminUrl, 'admin@demo.example')}`, 'content-type': 'application/json' }
  })
  afterAll(async () => {
    for (const id of created) await fetch(`${adminUrl}/api/users/${id}`, { method: 'DELETE', headers: adminAuth })
  })

  it('should answer an unknown address exactly as a known one, throttling included', async () => {
    const known = await createUser('known')
    const unknown = `nobody-${run}@accounts.test`
    const answers = async (email: string, client: number) => {
      const seen: string[] = []
      for (let i = 0; i < 6; i += 1) {
        const answer = await loginFrom(adminUrl, `127.0.1.${client + i}`, email, 'wrong-password')
        seen.push(`${answer.status} ${answer.message}`)
      }
      return seen
    }
    const forKnown = await answers(known, 10)
    const forUnknown = await answers(unknown, 20)
    expect(forKnown).toEqual(forUnknown)
    expect(forKnown.slice(0, 5).every((line) => line.startsWith('401 '))).toBe(true)
    expect(forKnown[5]).toMatch(/^429 登录尝试过于频繁/)
    await demoAdminStillSignsIn()
  })

  it('should slow an attacker down with growing waits, yet let the owner in after the wait and tell them by e-mail', async () => {
    const owner = await createUser('owner')
    const attacker = (n: number) => () => loginFrom(adminUrl, `127.0.2.${n}`, owner, 'wrong-password')
    for (let i = 0; i < 5; i += 1) expect((await attacker(2)()).status).toBe(401)
    const retryAfters: number[] = []
    let answer = await attacker(3)()
    for (let round = 0; round < 3; round += 1) {
      expect(answer.status).toBe(429)
      expect(answer.message).toMatch(/^登录尝试过于频繁/)
      retryAfters.push(answer.retryAfter!)
      expect((await afterWait(answer, attacker(3))).status).toBe(401)
      answer = await attacker(4)()
    }
    // 1 s, 2 s, 4 s after the 5th, 6th, 7th failure (less whatever time the answers took).
    expect(retryAfters[0]).toBe(1)
    expect(retryAfters[1]).toBeGreaterThanOrEqual(1)
    expect(retryAfters[2]).toBeGreaterThan(retryAfters[1])
    expect(retryAfters[2]).toBeLessThanOrEqual(4)

    // Payload's default lets any signed-in user unlock anyone; here only an admin may.
    const editor = await apiToken(adminUrl, 'editor@demo.example')
    const unlock = await fetch(`${adminUrl}/api/users/unlock`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner }),
    })
    expect(unlock.status).toBe(403)
    expect((await attacker(5)()).status).toBe(429)

    // GraphQL's login is the same operation: throttled too.
    expect(await graphqlLoginFrom(adminUrl, '127.0.2.6', owner, 'wrong-password')).toMatch(/^登录尝试过于频繁/)

    const ownerLogin = () => loginFrom(adminUrl, '127.0.2.200', owner, secret)
    const signedIn = await afterWait(await ownerLogin(), ownerLogin)
    expect(signedIn.status).toBe(200)
    expect(signedIn.token).toBeTruthy()

    const notices = outboxMails(outbox).filter((mail) => mail.headers.to?.includes(owner))
    expect(notices).toHaveLength(1)
    expect(notices[0].subject).toContain('多次登录失败')
    await demoAdminStillSignsIn()
  }, 120_000)

  it('should slow down one client trying many accounts, not other clients', async () => {
    const spray = (client: string, i: number) => loginFrom(adminUrl, client, `spray-${run}-${i}@accounts.test`, 'wrong-password')
    for (let i = 0; i < 10; i += 1) expect((await spray('127.0.3.2', i)).status).toBe(401)
    const throttled = await spray('127.0.3.2', 10)
    expect(throttled.status).toBe(429)
    expect(throttled.retryAfter).toBeGreaterThanOrEqual(1)
    expect((await spray('127.0.3.3', 11)).status).toBe(401)
    await demoAdminStillSignsIn()
  })

  it('should count failed GraphQL logins like REST ones', async () => {
    const owner = await createUser('graphql')
    const failures = [] as string[]
    for (let i = 0; i < 6; i += 1) failures.push(await graphqlLoginFrom(adminUrl, '127.0.5.2', owner, 'wrong-password'))
    expect(failures.slice(0, 5).every((message) => message === failures[0] && !message.startsWith('登录尝试过于频繁'))).toBe(true)
    expect(failures[5]).toMatch(/^登录尝试过于频繁/)
  })

  it('should let an admin end an account\'s wait', async () => {
    const owner = await createUser('unlocked')
    for (let i = 0; i < 6; i += 1) await loginFrom(adminUrl, '127.0.4.2', owner, 'wrong-password')
    expect((await loginFrom(adminUrl, '127.0.4.3', owner, secret)).status).toBe(429)
    const unlock = await fetch(`${adminUrl}/api/users/unlock`, { method: 'POST', headers: adminAuth, body: JSON.stringify({ email: owner }) })
    expect(unlock.status).toBe(200)
    expect((await loginFrom(adminUrl, '127.0.4.3', owner, secret)).status).toBe(200)
  })

  it('should set the session cookie HttpOnly and SameSite=Lax, without Secure over plain http', async () => {
    const answer = await loginFrom(adminUrl, '127.0.0.1', 'admin@demo.example', 'demo2026')
    const cookie = answer.setCookie.find((line) => line.startsWith('payload-token='))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})
