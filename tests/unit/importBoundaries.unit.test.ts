import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The import boundaries between the two halves of the project, checked on every `npm test`:
 * - the public site (src/site) reaches into the back office (src/payload) only through the
 *   entry points listed below, never into a module's internals;
 * - src/shared, which both sides use (browser bundles included), imports nothing but its own files.
 * Imports are read from the source text (static, side-effect, dynamic and re-exports, type-only
 * included) of every .ts, .tsx, .astro, .js and .mjs file.
 */

/**
 * The files of src/payload the site may import, each with the reason. Keep it short: what the
 * site needs from a feature belongs in that feature's public index.ts, what both sides use in
 * src/shared. src/payload-types.ts (generated types) and payload.config.ts are outside src/payload.
 */
const ALLOWED: Record<string, string> = {
  // Feature entry points.
  'src/payload/cases/index.ts': 'the case engine (enquiries): submission, lookup, public answers, statistics, labels',
  'src/payload/disclosure/index.ts': '政府信息公开: the 目录\'s categories and their labels, for the /xxgk pages',
  'src/payload/health/index.ts': 'health: the same readiness rules and probes as the admin, for the site\'s /healthz and /readyz',
  'src/payload/siteCache/index.ts': 'the page cache\'s purge log, which each site host follows (/site-purges.json)',
  'src/payload/health/rules.ts': "health's pure rules, for the front server: through index.ts the site's primary would load the case engine and Payload",
  'src/payload/log.ts': 'structured logs and request ids, written the same way by every process',
  'src/payload/cases/client.ts': "the case engine's browser-safe part (labels, form schema, attachment rules) for the form island",
  'src/payload/cases/infrastructure/hitStore.ts':
    "the rate-limit store the site's primary process creates for its workers; through index.ts it would load Payload there (~2 s, 68 MB)",

  // Labels and option lists shown on public pages, defined once for the admin and the site.
  'src/payload/constants/news.ts': 'news columns and their labels',
  'src/payload/constants/policies.ts': 'policy topics and validity labels',
  'src/payload/constants/stations.ts': 'station levels, honours and standards checklists',
  'src/payload/constants/veterans.ts': 'honour kinds',
  'src/payload/constants/mediaAccounts.ts': '政务新媒体 platforms and the page path',
  'src/payload/constants/serviceGuides.ts': '办事指南 service types, life events, audiences and material forms',
  'src/payload/constants/consultations.ts': '意见征集 phases and their labels',
  'src/payload/constants/pages.ts': '页面 sections (所属栏目) and their labels',
  'src/payload/constants/bureau.ts': '机构概况: the page path and unit kinds',
  'src/payload/constants/options.ts': 'label map → select options, for the filter forms',

  // Pure rules the site applies exactly as the back office does.
  'src/payload/rules/clientAddress.ts': "the reader's address behind our own proxy (front server, enquiry limits)",
  'src/payload/rules/sameSitePath.ts': 'the return path of a reading-preference link stays on the site',
  'src/payload/rules/tileUrl.ts': 'the map tile URL the settings accept, and its origin for the CSP',

  // Configuration of the processes.
  'src/payload/env.ts': 'data and media folders and the shared secret, read the same way by both processes',

  // Workflow facts the public pages need.
  'src/payload/workflow/withdrawnPage.ts': 'whether a withdrawn page answers 410 with its notice',
  'src/payload/workflow/chains.ts': 'the names of the reviewed collections (type only)',

}

const ROOT = path.resolve(import.meta.dirname, '../..')
const SOURCE = /\.(ts|tsx|astro|js|mjs)$/
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx']

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`
    if (entry.isDirectory()) return filesUnder(file)
    return SOURCE.test(entry.name) ? [file] : []
  })

const SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g, // import … from, export … from
  /\bimport\s*['"]([^'"]+)['"]/g, // import 'side-effect'
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('dynamic')
]

/** Every module specifier in a file's text. */
const specifiersIn = (text: string): string[] => SPECIFIERS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]))

/** A relative or root-relative specifier as a repo path (with the extension it resolves to); null for a package. */
const resolve = (from: string, specifier: string): string | null => {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null
  const base = specifier.startsWith('/') ? path.join(ROOT, specifier) : path.resolve(ROOT, path.dirname(from), specifier)
  const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
  return path.relative(ROOT, found ?? base).split(path.sep).join('/')
}

type Import = { file: string; specifier: string; target: string | null }

const importsUnder = (dir: string): Import[] =>
  filesUnder(dir).flatMap((file) =>
    specifiersIn(readFileSync(path.join(ROOT, file), 'utf8')).map((specifier) => ({ file, specifier, target: resolve(file, specifier) })),
  )

const report = (imports: Import[]) => imports.map(({ file, specifier, target }) => `${file}: '${specifier}'${target ? ` (${target})` : ''}`).join('\n')

describe('import boundaries', () => {
  it('should find the imports it checks', () => {
    const site = importsUnder('src/site')
    // A broken reader would pass everything: the site's known imports of src/shared and src/payload must be seen.
    expect(site.some((entry) => entry.target === 'src/shared/index.ts')).toBe(true)
    expect(site.some((entry) => entry.target === 'src/payload/constants/news.ts')).toBe(true)
  })

  it('should let the site import from src/payload only through the allowed entry points', () => {
    const offending = importsUnder('src/site').filter(({ target }) => target?.startsWith('src/payload/') && !(target in ALLOWED))
    expect(offending, `src/site imports src/payload internals; use src/shared or a feature's index.ts, or add the file to ALLOWED with a reason:\n${report(offending)}`).toEqual([])
  })

  it('should keep src/shared free of imports from outside it (Payload, Astro, Node, the two sides)', () => {
    const offending = importsUnder('src/shared').filter(({ target }) => !target?.startsWith('src/shared/'))
    expect(offending, `src/shared must stay plain TypeScript that both sides and the browser can load:\n${report(offending)}`).toEqual([])
  })
})
