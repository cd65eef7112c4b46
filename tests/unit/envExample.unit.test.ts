import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/** Set by the processes themselves for their children, not by an operator. */
// Set by the project for its own processes, never by an operator (VA_SERVICE: which process logs).
const INTERNAL = new Set(['NODE_ENV', 'ENQUIRY_RATE_STORE', 'PORT', 'VA_SERVICE'])

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : sources(file)
    return /\.(ts|tsx|mjs|astro)$/.test(name) ? [file] : []
  })

describe('.env.example', () => {
  it('should list every setting the code reads from the environment', () => {
    const read = new Set<string>()
    for (const file of [...sources('src'), ...sources('scripts'), 'payload.config.ts']) {
      const text = readFileSync(file, 'utf8')
      for (const [, name] of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) if (!INTERNAL.has(name)) read.add(name)
      for (const [, name] of text.matchAll(/daysFrom\('([A-Z][A-Z0-9_]+)'/g)) read.add(name)
      for (const [, name] of text.matchAll(/limiter\('\w+', '([A-Z][A-Z0-9_]+)'\)/g)) read.add(name)
    }
    const listed = new Set([...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map(([, name]) => name))
    expect(read.size).toBeGreaterThan(20)
    expect([...read].filter((name) => !listed.has(name)).sort()).toEqual([])
  })
})
