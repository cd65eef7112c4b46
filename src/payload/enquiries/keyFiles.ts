import { randomBytes } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from '../env'

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
