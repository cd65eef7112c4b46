/**
 * 查询码 and its secret: how the submitter finds their case again. The secret is derived, never
 * stored; only a keyed digest of it is. Every function takes its key: the hashing key comes from
 * infrastructure/keys.ts (`hashKey()`), and never rotates, so a digest matches years later.
 */
import { createHash, createHmac, type KeyObject, randomInt, timingSafeEqual } from 'node:crypto'

/** A key as the keys module holds it (a KeyObject: an HMAC with one is 5× cheaper than with the bytes), or its bytes. */
export type SecretKey = KeyObject | Buffer

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** 查询码: 10 characters in two groups, e.g. K7Q2M-9XR4D. */
export const generateTrackingCode = (pick: (max: number) => number = randomInt): string => {
  const chars = Array.from({ length: 10 }, () => ALPHABET[pick(ALPHABET.length)])
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

export const isTrackingCode = (value: unknown): boolean =>
  typeof value === 'string' && new RegExp(`^[${ALPHABET}]{5}-[${ALPHABET}]{5}$`).test(value)

/** How a code is written, shown when what was typed cannot be a code at all. */
export const TRACKING_CODE_EXAMPLE = 'K7Q2M-9XR4D'

/** Spaces and every dash people type or copy: hyphen-minus, ‐ ‑ ‒ – — ― − ﹣ and full-width －. */
const SEPARATORS = /[\s\u002D\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g

/**
 * A typed 查询码 in its printed form (K7Q2M-9XR4D), or null when it cannot be one. Accepts it
 * without the hyphen, with any dash or with spaces, in lower case and in full-width characters.
 */
export const normaliseTrackingCode = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length > 40) return null
  const chars = value.normalize('NFKC').replace(SEPARATORS, '').toUpperCase()
  if (!new RegExp(`^[${ALPHABET}]{10}$`).test(chars)) return null
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

/** A typed 查询密码 as issued: spaces dropped, full-width folded, upper case ('' when it cannot be one). */
export const normaliseSecret = (value: unknown): string =>
  typeof value === 'string' && value.length <= 40 ? value.normalize('NFKC').replace(/\s/g, '').toUpperCase() : ''

/**
 * The secret shown with a tracking code, derived from the client's submission key so that a
 * retried submission answers with the same secret without the secret ever being stored.
 */
export const deriveSecret = (submissionKey: string, key: SecretKey): string => {
  const digest = createHmac('sha256', key).update(`secret:${submissionKey}`).digest()
  return Array.from(digest.subarray(0, 8), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/** Only a keyed digest of the secret is stored (the tracking code salts it): a copy of the database alone cannot try secrets. */
export const hashSecret = (trackingCode: string, secret: string, key: SecretKey): string =>
  createHmac('sha256', key).update(`${trackingCode}:${secret.trim().toUpperCase()}`).digest('hex')

/** Cases stored before the digest was keyed hold a plain SHA-256 of the same text. */
const legacyHash = (trackingCode: string, secret: string): string =>
  createHash('sha256').update(`${trackingCode}:${secret.trim().toUpperCase()}`).digest('hex')

const sameHex = (a: string, b: string) => {
  const [left, right] = [Buffer.from(a, 'hex'), Buffer.from(b, 'hex')]
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}

export const secretMatches = (trackingCode: string, secret: string, stored: string | null | undefined, key: SecretKey): boolean => {
  if (!stored) return false
  const keyed = sameHex(hashSecret(trackingCode, secret, key), stored)
  const legacy = sameHex(legacyHash(trackingCode, secret), stored)
  return keyed || legacy
}

/**
 * The secret to repeat for a retried submission: the one its stored digest matches. Cases from
 * before the hashing key derived their secret from the encryption key then current, which may
 * since have rotated: every key in `olderKeys` (the key ring's) is tried.
 */
export const retrySecret = (
  submissionKey: string,
  trackingCode: string,
  stored: string | null | undefined,
  key: SecretKey,
  olderKeys: Iterable<SecretKey>,
): string => {
  const current = deriveSecret(submissionKey, key)
  const candidates = [current, ...[...olderKeys].map((older) => deriveSecret(submissionKey, older))]
  return candidates.find((secret) => secretMatches(trackingCode, secret, stored, key)) ?? current
}
