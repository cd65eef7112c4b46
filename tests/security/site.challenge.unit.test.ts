import { describe, expect, it } from 'vitest'

import { checkChallenge, issueChallenge, solvePow, spendToken } from '../../src/payload/cases/domain/challenge'
import { MemoryHitStore } from '../../src/payload/cases/domain/rateLimit'

const key = 'challenge-test-key'
const USED = '这道验证问题已经用过,请回答新的验证问题后重新提交'

/** The ledger as the site keeps it (challengeStep in cases/payload/services/limits.ts), in one process's memory. */
const ledger = () => {
  const store = new MemoryHitStore()
  return (id: string, expiresAt: number, holder: number) => store.take(`challenge:${id}`, (used) => spendToken(used, expiresAt, holder), expiresAt - Date.now())
}

const sumOf = (question: string) =>
  question
    .match(/\d+/g)!
    .map(Number)
    .reduce((a, b) => a + b)

describe('enquiry challenge token', () => {
  it('should carry neither the numbers of the sum nor its answer, only a keyed hash of the answer', () => {
    for (let round = 0; round < 20; round += 1) {
      const { token, question } = issueChallenge(key, Date.now(), 8)
      const [a, b] = question.match(/\d+/g)!
      const payload = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<string, unknown>
      expect(Object.keys(payload).sort()).toEqual(['d', 'e', 'h', 'r'])
      expect(String(payload.h)).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect([a, b, String(sumOf(question))]).not.toContain(payload.h)
    }
  })

  it('should pass a solved token for one submission only, however often it is replayed for others', async () => {
    const spend = ledger()
    const { token, question } = issueChallenge(key, Date.now(), 8)
    expect(await checkChallenge({ token, answer: String(sumOf(question)), submissionKey: 'first' }, key, spend)).toBeNull()
    for (let replay = 0; replay < 6; replay += 1) {
      expect(await checkChallenge({ token, answer: String(sumOf(question)), submissionKey: `other-${replay}` }, key, spend)).toBe(USED)
      expect(await checkChallenge({ token, pow: solvePow(token, 8), submissionKey: `pow-${replay}` }, key, spend)).toBe(USED)
    }
    // The same submission again (a retry after a failed write) may use it: it can never store a second case.
    expect(await checkChallenge({ token, answer: String(sumOf(question)), submissionKey: 'first' }, key, spend)).toBeNull()
  })

  it('should burn a token on a wrong answer, so the few possible sums cannot be tried one by one', async () => {
    const spend = ledger()
    const { token, question } = issueChallenge(key, Date.now(), 8)
    const wrong = String(sumOf(question) === 2 ? 3 : 2)
    expect(await checkChallenge({ token, answer: wrong, submissionKey: 'k' }, key, spend)).toContain('不正确')
    expect(await checkChallenge({ token, answer: String(sumOf(question)), submissionKey: 'k' }, key, spend)).toBe(USED)
  })

  it('should refuse a token whose answer hash was swapped for that of another token', async () => {
    const spend = ledger()
    const first = issueChallenge(key, Date.now(), 8)
    const second = issueChallenge(key, Date.now(), 8)
    const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'))
    const forged = `${Buffer.from(JSON.stringify({ ...decode(first.token), h: decode(second.token).h })).toString('base64url')}.${first.token.split('.')[1]}`
    expect(await checkChallenge({ token: forged, answer: String(sumOf(second.question)), submissionKey: 'k' }, key, spend)).toContain('无效')
  })
})
