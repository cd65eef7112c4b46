import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Runtime settings, read in one place. Every command runs from the project root,
 * so relative defaults resolve there whether the code runs in Next, Astro or a script.
 */
export const dataDir = (): string => path.resolve(process.env.DATA_DIR ?? 'data')

export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'))

export const databaseUri = (): string => process.env.DATABASE_URI || `file:${path.join(dataDir(), 'site.db')}`

/** Whether a DATABASE_URI names MongoDB (mongodb:// or mongodb+srv://); anything else is the SQLite file. */
export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

/**
 * PAYLOAD_SECRET from the environment; otherwise one generated on first use and kept
 * in data/, so the embedded default needs no setup and sessions survive restarts.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir(), '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
  }
  return readFileSync(file, 'utf8').trim()
}

export const serverUrl = (): string => process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
