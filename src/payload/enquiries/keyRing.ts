import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from '../env'

/**
 * Encryption at rest for personal data (AES-256-GCM). The key ring comes from ENQUIRY_KEYS,
 * "id:base64key,id:base64key": the first key encrypts, every key decrypts, so a key is rotated
 * by putting a new one first and re-encrypting (the enquiryRekey job) before dropping the old.
 * Without ENQUIRY_KEYS a key file is generated in data/, so the embedded default needs no setup.
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
let fromFile: { file: string; spec: string } | undefined

const keySpec = (): string => {
  if (process.env.ENQUIRY_KEYS) return process.env.ENQUIRY_KEYS
  const file = path.join(dataDir(), '.enquiry-keys')
  if (fromFile?.file === file) return fromFile.spec
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true })
    try {
      writeFileSync(file, generateKeySpec('k1'), { mode: 0o600, flag: 'wx' })
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  fromFile = { file, spec: readFileSync(file, 'utf8').trim() }
  return fromFile.spec
}

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

/** A keyed digest for looking a value up without storing it (e.g. rate limits per phone). */
export const blindIndex = (value: string, ring: KeyRing = keyRing()): string =>
  createHmac('sha256', ring.keys.get(ring.current)!).update(`index:${value}`).digest('base64url')

/**
 * The secret shown with a tracking code, derived from the client's submission key so that a
 * retried submission answers with the same secret without the secret ever being stored.
 */
export const deriveSecret = (submissionKey: string, ring: KeyRing = keyRing()): string => {
  const digest = createHmac('sha256', ring.keys.get(ring.current)!).update(`secret:${submissionKey}`).digest()
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
  return Array.from(digest.subarray(0, 8), (byte) => alphabet[byte % alphabet.length]).join('')
}
