import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { hashKey } from './hashKey'
import { keyRing } from './keyRing'

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const secretFrom = (submissionKey: string, key: Buffer) => {
  const digest = createHmac('sha256', key).update(`secret:${submissionKey}`).digest()
  return Array.from(digest.subarray(0, 8), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/**
 * The secret shown with a tracking code, derived from the client's submission key so that a
 * retried submission answers with the same secret without the secret ever being stored.
 */
export const deriveSecret = (submissionKey: string, key: Buffer = hashKey()): string => secretFrom(submissionKey, key)

/** Only a keyed digest of the secret is stored (the tracking code salts it): a copy of the database alone cannot try secrets. */
export const hashSecret = (trackingCode: string, secret: string, key: Buffer = hashKey()): string =>
  createHmac('sha256', key).update(`${trackingCode}:${secret.trim().toUpperCase()}`).digest('hex')

/** Cases stored before the digest was keyed hold a plain SHA-256 of the same text. */
const legacyHash = (trackingCode: string, secret: string): string =>
  createHash('sha256').update(`${trackingCode}:${secret.trim().toUpperCase()}`).digest('hex')

const sameHex = (a: string, b: string) => {
  const [left, right] = [Buffer.from(a, 'hex'), Buffer.from(b, 'hex')]
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}

export const secretMatches = (trackingCode: string, secret: string, stored: string | null | undefined, key: Buffer = hashKey()): boolean => {
  if (!stored) return false
  const keyed = sameHex(hashSecret(trackingCode, secret, key), stored)
  const legacy = sameHex(legacyHash(trackingCode, secret), stored)
  return keyed || legacy
}

/**
 * The secret to repeat for a retried submission: the one its stored digest matches. Cases from
 * before the hashing key derived their secret from the encryption key then current, which may
 * since have rotated: every key still in ENQUIRY_KEYS is tried.
 */
export const retrySecret = (submissionKey: string, trackingCode: string, stored: string | null | undefined): string => {
  const current = deriveSecret(submissionKey)
  const candidates = [current, ...[...keyRing().keys.values()].map((key) => secretFrom(submissionKey, key))]
  return candidates.find((secret) => secretMatches(trackingCode, secret, stored)) ?? current
}
