import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const listFiles = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** A hash of the inputs of a build: when it changes, the build is stale. */
export const sourceStamp = (inputs: readonly string[]): string => {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(listFiles)) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export const isFresh = (stampFile: string, stamp: string): boolean =>
  existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp

export const writeStamp = (stampFile: string, stamp: string): void => writeFileSync(stampFile, stamp)
