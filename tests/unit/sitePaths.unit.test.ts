import { existsSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CONSULTATION_PATHS, ENQUIRY_PATHS, SERVICE_PATHS } from '../../src/site/lib/sitePaths'

const PAGES = path.resolve('src/site/pages')

describe('site paths', () => {
  it.each(Object.entries({ ...ENQUIRY_PATHS, ...SERVICE_PATHS, ...CONSULTATION_PATHS }))('should name a page that exists: %s → %s', (_, href) => {
    const candidates = [`${href}.astro`, `${href}/index.astro`, `${href}.ts`].map((file) => path.join(PAGES, file))
    expect(candidates.some((file) => existsSync(file)), href).toBe(true)
  })
})
