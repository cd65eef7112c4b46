import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { keyFile } from './keyFiles'

/**
 * Encryption at rest for personal data (AES-256-GCM). The key ring comes from ENQUIRY_KEYS,
 * "id:base64key,id:base64key": the first key encrypts, every key decrypts, so a key is rotated
 * by putting a new one first and re-encrypting (the enquiryRekey job) before dropping the old.
 * Without ENQUIRY_KEYS a key file is generated in KEYS_DIR, so the embedded default needs no setup.
 * Lookups never use these keys (they rotate): see hashKey.ts.
 */
export type KeyRing = { current: string; keys: Map<string, Buffer> }

const PREFIX = 'e1'

export const parseKeyRing = (spec: string): KeyRing => {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, material] = entry.split(':')
      const key = Buffer.from(material ?? '', 'base64')
      if (!/^[A-Za-z0-9_-]+$/.test(id ?? '') || key.length !== 32) {
        throw new Error('ENQUIRY_KEYS: each entry must be "id:<32 bytes in base64>"')
      }
      return [id, key] as const
    })
  if (!entries.length) throw new Error('ENQUIRY_KEYS holds no key')
  return { current: entries[0][0], keys: new Map(entries) }
}

export const generateKeySpec = (id = `k${Date.now().toString(36)}`): string => `${id}:${randomBytes(32).toString('base64')}`

let cached: { spec: string; ring: KeyRing } | undefined

/** ENQUIRY_KEYS, else a ring of one key generated in KEYS_DIR (moved there from data/.enquiry-keys). */
const keySpec = (): string => process.env.ENQUIRY_KEYS || keyFile('enquiry-keys', () => generateKeySpec('k1'), '.enquiry-keys')

export const keyRing = (): KeyRing => {
  const spec = keySpec()
  if (cached?.spec !== spec) cached = { spec, ring: parseKeyRing(spec) }
  return cached.ring
}

export const encrypt = (plain: string, ring: KeyRing = keyRing()): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', ring.keys.get(ring.current)!, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [PREFIX, ring.current, iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

export const keyIdOf = (sealed: string): string | undefined => sealed.split('.')[1]

export const decrypt = (sealed: string, ring: KeyRing = keyRing()): string => {
  const [prefix, id, iv, tag, data] = sealed.split('.')
  const key = ring.keys.get(id ?? '')
  if (prefix !== PREFIX || !key) throw new Error(`cannot decrypt: key "${id}" is not in the key ring`)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}
