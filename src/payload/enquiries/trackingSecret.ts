import { createHash, timingSafeEqual } from 'node:crypto'

/** Only a digest of the secret is stored; the tracking code salts it. */
export const hashSecret = (trackingCode: string, secret: string): string =>
  createHash('sha256').update(`${trackingCode}:${secret.trim().toUpperCase()}`).digest('hex')

export const secretMatches = (trackingCode: string, secret: string, stored: string | null | undefined): boolean => {
  if (!stored) return false
  const given = Buffer.from(hashSecret(trackingCode, secret), 'hex')
  const expected = Buffer.from(stored, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
