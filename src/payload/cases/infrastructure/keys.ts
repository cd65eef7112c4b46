/**
 * The keys that protect personal data: where generated keys are kept (key files), the rotating
 * key ring that encrypts phone and ID-card numbers, and the fixed hashing key of every lookup
 * digest (the per-phone blind index, the tracking secret and its stored digest).
 */
import { createCipheriv, createDecipheriv, createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from '../../env'
import type { SecretKey } from '../domain/tracking'

/**
 * Where generated keys are kept: KEYS_DIR, by default a folder beside the data folder
 * (`data-keys/` next to `data/`), so that a backup of data/ never holds the keys with the data
 * they protect. Production sets the keys in the environment instead (ENQUIRY_KEYS, ENQUIRY_HASH_KEY).
 */
export const keysDir = (): string => path.resolve(process.env.KEYS_DIR ?? `${dataDir()}-keys`)

const read = (file: string) => readFileSync(file, 'utf8').trim()

const readIfThere = (file: string): string | null => {
  try {
    return read(file)
  } catch {
    return null
  }
}

/** Keys already read, by file: a key file never changes once written. */
const known = new Map<string, string>()

const create = (file: string, generate: () => string, legacyName?: string): string => {
  mkdirSync(keysDir(), { recursive: true, mode: 0o700 })
  const legacy = legacyName ? path.join(dataDir(), legacyName) : null
  const moved = legacy ? readIfThere(legacy) : null
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  writeFileSync(aside, moved ?? generate(), { mode: 0o600 })
  try {
    linkSync(aside, file)
  } catch (error) {
    // Another process put its key in place first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    rmSync(aside, { force: true })
  }
  const content = read(file)
  if (legacy && moved === content) rmSync(legacy, { force: true })
  return content
}

/**
 * The content of the key file `name` in keysDir(), created on first use by whichever process
 * comes first (written aside and linked into place, so no process reads a half-written key).
 * A file that an older version generated in data/ (`legacyName`) is moved here, so existing
 * data stays readable.
 */
export const keyFile = (name: string, generate: () => string, legacyName?: string): string => {
  const file = path.join(keysDir(), name)
  const content = known.get(file) ?? (existsSync(file) ? read(file) : create(file, generate, legacyName))
  known.set(file, content)
  return content
}

/**
 * Encryption at rest for personal data (AES-256-GCM). The key ring comes from ENQUIRY_KEYS,
 * "id:base64key,id:base64key": the first key encrypts, every key decrypts, so a key is rotated
 * by putting a new one first and re-encrypting (the enquiryRekey job) before dropping the old.
 * Without ENQUIRY_KEYS a key file is generated in KEYS_DIR, so the embedded default needs no setup.
 * Lookups never use these keys (they rotate): see hashKey below.
 */
export type KeyRing = { current: string; keys: Map<string, KeyObject> }

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
      // Held as KeyObjects: a cipher or HMAC keyed with the bytes prepares the key each time (10–20 µs).
      return [id, createSecretKey(key)] as const
    })
  if (!entries.length) throw new Error('ENQUIRY_KEYS holds no key')
  return { current: entries[0][0], keys: new Map(entries) }
}

export const generateKeySpec = (id = `k${Date.now().toString(36)}`): string => `${id}:${randomBytes(32).toString('base64')}`

let cachedRing: { spec: string; ring: KeyRing } | undefined

/** ENQUIRY_KEYS, else a ring of one key generated in KEYS_DIR (moved there from data/.enquiry-keys). */
const keySpec = (): string => process.env.ENQUIRY_KEYS || keyFile('enquiry-keys', () => generateKeySpec('k1'), '.enquiry-keys')

export const keyRing = (): KeyRing => {
  const spec = keySpec()
  if (cachedRing?.spec !== spec) cachedRing = { spec, ring: parseKeyRing(spec) }
  return cachedRing.ring
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

/**
 * The key of every lookup digest (the per-phone blind index, the tracking secret and its stored
 * digest). Unlike ENQUIRY_KEYS it never rotates: a digest must match the same value years later.
 * ENQUIRY_HASH_KEY (32 bytes in base64), else a key generated once in KEYS_DIR.
 */
let cachedHashKey: { spec: string; key: KeyObject } | undefined

export const hashKey = (): KeyObject => {
  const spec = process.env.ENQUIRY_HASH_KEY || keyFile('enquiry-hash-key', () => randomBytes(32).toString('base64'))
  if (cachedHashKey?.spec === spec) return cachedHashKey.key
  const bytes = Buffer.from(spec, 'base64')
  if (bytes.length !== 32) throw new Error('ENQUIRY_HASH_KEY must be 32 bytes in base64')
  cachedHashKey = { spec, key: createSecretKey(bytes) }
  return cachedHashKey.key
}

/** A keyed digest for looking a value up without storing it (the per-phone rate limit). */
export const blindIndex = (value: string, key: SecretKey = hashKey()): string =>
  createHmac('sha256', key).update(`index:${value}`).digest('base64url')
