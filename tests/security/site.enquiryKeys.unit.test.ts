import { createHash, createHmac, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deriveSecret, hashSecret, retrySecret, secretMatches } from '../../src/payload/cases/domain/tracking'
import { blindIndex, generateKeySpec, hashKey, keyRing, keysDir } from '../../src/payload/cases/infrastructure/keys'

describe('enquiry keys: lookups survive a rotation, keys live outside data/', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'va-sec-keys-'))
  const dataDir = path.join(root, 'data')
  const saved = { DATA_DIR: process.env.DATA_DIR, KEYS_DIR: process.env.KEYS_DIR, ENQUIRY_KEYS: process.env.ENQUIRY_KEYS }
  const legacySpec = generateKeySpec('k1')

  beforeAll(() => {
    mkdirSync(dataDir, { recursive: true })
    // What an older version left: the generated key ring inside data/.
    writeFileSync(path.join(dataDir, '.enquiry-keys'), legacySpec)
    Object.assign(process.env, { DATA_DIR: dataDir })
    delete process.env.KEYS_DIR
    delete process.env.ENQUIRY_KEYS
  })
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    rmSync(root, { recursive: true, force: true })
  })

  it('should move the generated key ring out of data/ and keep its keys, and keep the hashing key beside it', () => {
    expect(keysDir()).toBe(`${dataDir}-keys`)
    expect(keyRing().keys.get('k1')!.export()).toEqual(Buffer.from(legacySpec.split(':')[1], 'base64'))
    expect(existsSync(path.join(dataDir, '.enquiry-keys'))).toBe(false)
    expect(readFileSync(path.join(keysDir(), 'enquiry-keys'), 'utf8')).toBe(legacySpec)
    expect(hashKey().export()).toHaveLength(32)
    expect(existsSync(path.join(keysDir(), 'enquiry-hash-key'))).toBe(true)
  })

  it('should keep the blind index, the secret and its digest when ENQUIRY_KEYS rotates', () => {
    const before = { index: blindIndex('13812341234'), secret: deriveSecret('a'.repeat(36), hashKey()) }
    const digest = hashSecret('K7Q2M-9XR4D', before.secret, hashKey())
    process.env.ENQUIRY_KEYS = `${generateKeySpec('k2')},${legacySpec}`
    try {
      expect(keyRing().current).toBe('k2')
      expect(blindIndex('13812341234')).toBe(before.index)
      expect(deriveSecret('a'.repeat(36), hashKey())).toBe(before.secret)
      expect(secretMatches('K7Q2M-9XR4D', before.secret, digest, hashKey())).toBe(true)
      expect(retrySecret('a'.repeat(36), 'K7Q2M-9XR4D', digest, hashKey(), keyRing().keys.values())).toBe(before.secret)
    } finally {
      delete process.env.ENQUIRY_KEYS
    }
  })

  it('should not match a digest made without the hashing key, except the plain digest of cases stored before it', () => {
    const secret = deriveSecret('b'.repeat(36), hashKey())
    expect(secretMatches('K7Q2M-9XR4D', secret, hashSecret('K7Q2M-9XR4D', secret, randomBytes(32)), hashKey())).toBe(false)
    // A case stored by the older version: plain SHA-256, secret from the encryption key then current.
    const oldSecret = (() => {
      const digest = createHmac('sha256', keyRing().keys.get('k1')!).update(`secret:${'c'.repeat(36)}`).digest()
      return Array.from(digest.subarray(0, 8), (byte) => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'[byte % 31]).join('')
    })()
    const oldDigest = createHash('sha256').update(`K7Q2M-9XR4D:${oldSecret}`).digest('hex')
    expect(secretMatches('K7Q2M-9XR4D', oldSecret.toLowerCase(), oldDigest, hashKey())).toBe(true)
    expect(secretMatches('K7Q2M-9XR4D', secret, oldDigest, hashKey())).toBe(false)
    process.env.ENQUIRY_KEYS = `${generateKeySpec('k3')},${legacySpec}`
    try {
      expect(retrySecret('c'.repeat(36), 'K7Q2M-9XR4D', oldDigest, hashKey(), keyRing().keys.values())).toBe(oldSecret)
    } finally {
      delete process.env.ENQUIRY_KEYS
    }
  })
})
