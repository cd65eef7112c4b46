import { createHmac, randomBytes } from 'node:crypto'

import { keyFile } from './keyFiles'

/**
 * The key of every lookup digest (the per-phone blind index, the tracking secret and its stored
 * digest). Unlike ENQUIRY_KEYS it never rotates: a digest must match the same value years later.
 * ENQUIRY_HASH_KEY (32 bytes in base64), else a key generated once in KEYS_DIR.
 */
let cached: { spec: string; key: Buffer } | undefined

export const hashKey = (): Buffer => {
  const spec = process.env.ENQUIRY_HASH_KEY || keyFile('enquiry-hash-key', () => randomBytes(32).toString('base64'))
  if (cached?.spec === spec) return cached.key
  const key = Buffer.from(spec, 'base64')
  if (key.length !== 32) throw new Error('ENQUIRY_HASH_KEY must be 32 bytes in base64')
  cached = { spec, key }
  return key
}

/** A keyed digest for looking a value up without storing it (the per-phone rate limit). */
export const blindIndex = (value: string, key: Buffer = hashKey()): string =>
  createHmac('sha256', key).update(`index:${value}`).digest('base64url')
