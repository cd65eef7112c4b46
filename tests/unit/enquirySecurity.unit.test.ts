import { describe, expect, it } from 'vitest'

import { randomBytes } from 'node:crypto'

import { checkChallenge, issueChallenge, solvePow } from '../../src/payload/cases/domain/challenge'
import { deriveSecret, hashSecret, secretMatches } from '../../src/payload/cases/domain/tracking'
import { decrypt, encrypt, generateKeySpec, keyIdOf, parseKeyRing } from '../../src/payload/cases/infrastructure/keys'

describe('encryption at rest', () => {
  const oldKey = generateKeySpec('old')
  const newKey = generateKeySpec('new')

  it('should not store the plain value and should read it back with the key ring', () => {
    const ring = parseKeyRing(oldKey)
    const sealed = encrypt('13812341234', ring)
    expect(sealed).not.toContain('13812341234')
    expect(decrypt(sealed, ring)).toBe('13812341234')
  })

  it('should read values sealed with an older key after rotation and seal new ones with the new key', () => {
    const sealedBefore = encrypt('13812341234', parseKeyRing(oldKey))
    const rotated = parseKeyRing(`${newKey},${oldKey}`)
    expect(decrypt(sealedBefore, rotated)).toBe('13812341234')
    expect(keyIdOf(encrypt('13812341234', rotated))).toBe('new')
  })

  it('should refuse a value whose key has left the ring or that was tampered with', () => {
    const sealed = encrypt('13812341234', parseKeyRing(oldKey))
    expect(() => decrypt(sealed, parseKeyRing(newKey))).toThrow()
    const parts = sealed.split('.')
    parts[4] = Buffer.from('00000000000').toString('base64url')
    expect(() => decrypt(parts.join('.'), parseKeyRing(oldKey))).toThrow()
  })

  it('should refuse a malformed key ring', () => {
    expect(() => parseKeyRing('k1:short')).toThrow(/ENQUIRY_KEYS/)
  })
})

describe('tracking secret', () => {
  const key = randomBytes(32)

  it('should derive the same secret for a retried submission and a different one otherwise', () => {
    expect(deriveSecret('a'.repeat(32), key)).toBe(deriveSecret('a'.repeat(32), key))
    expect(deriveSecret('a'.repeat(32), key)).not.toBe(deriveSecret('b'.repeat(32), key))
  })

  it('should match the stored digest only with the right secret, in any letter case', () => {
    const stored = hashSecret('K7Q2M-9XR4D', 'ABCD2345', key)
    expect(secretMatches('K7Q2M-9XR4D', 'abcd2345', stored, key)).toBe(true)
    expect(secretMatches('K7Q2M-9XR4D', 'ABCD2346', stored, key)).toBe(false)
    expect(secretMatches('K7Q2M-9XR4E', 'ABCD2345', stored, key)).toBe(false)
  })
})

describe('anti-abuse challenge', () => {
  const key = 'test-key'
  const spent = new Set<string>()
  const spend = (id: string) => !spent.has(id) && Boolean(spent.add(id))

  it('should pass a solved proof of work', async () => {
    const { token, bits } = issueChallenge(key, Date.now(), 8)
    expect(await checkChallenge({ token, pow: solvePow(token, bits) }, key, spend)).toBeNull()
  })

  it('should pass the written sum for people without JavaScript, in full-width digits too', async () => {
    const { token, question } = issueChallenge(key, Date.now(), 8)
    const [a, b] = question.match(/\d+/g)!.map(Number)
    expect(await checkChallenge({ token, answer: String(a + b) }, key, spend)).toBeNull()
    const again = issueChallenge(key, Date.now(), 8)
    const [c, d] = again.question.match(/\d+/g)!.map(Number)
    const fullWidth = String(c + d).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)))
    expect(await checkChallenge({ token: again.token, answer: fullWidth }, key, spend)).toBeNull()
  })

  it('should refuse a wrong answer, a forged token and an expired one', async () => {
    const { token } = issueChallenge(key, Date.now(), 30)
    expect(await checkChallenge({ token, answer: '99' }, key, spend)).toContain('不正确')
    expect(await checkChallenge({ token, answer: '2' }, 'other-key', spend)).toContain('无效')
    const old = issueChallenge(key, Date.now() - 3 * 3_600_000, 8)
    expect(await checkChallenge({ token: old.token, pow: solvePow(old.token, 8) }, key, spend)).toContain('过长')
  })
})
