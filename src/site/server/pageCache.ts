import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type CachedPage = {
  status: number
  contentType: string
  /** The Content-Security-Policy the page was rendered with (its hashes match this body). */
  csp?: string
  body: Buffer
  gzip: Buffer
  generation: number
  storedAt: number
}

const fileOf = (dir: string, key: string) => path.join(dir, `${createHash('sha1').update(key).digest('hex')}.json`)

type SavedPage = { key: string; status: number; contentType: string; csp?: string; storedAt: number; body: string; build?: string }

const fromSaved = (saved: SavedPage): CachedPage => {
  const body = Buffer.from(saved.body, 'base64')
  // Pages from disk come back as stale (generation -1): served only when a fresh render is impossible.
  return { status: saved.status, contentType: saved.contentType, csp: saved.csp, body, gzip: gzipSync(body), generation: -1, storedAt: saved.storedAt }
}

/**
 * Rendered pages: the most recently used `maxEntries` in memory, and every page written through
 * to disk (the newest `maxDiskEntries`), so that a restarted site, or one whose database is
 * down, still has the last good version of every page it served.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>()
  /** Files on disk, oldest first. */
  private readonly files = new Map<string, true>()

  constructor(
    private readonly dir: string | null,
    private readonly maxEntries = 5000,
    private readonly maxDiskEntries = 100_000,
    /**
     * The site build that renders the pages. Pages of another build point at scripts and styles
     * that build no longer has: they stay on disk as a last resort when rendering fails, but are
     * not brought back into memory, where they would also stand in for a slow render.
     */
    private readonly build = '',
  ) {
    if (dir) mkdirSync(dir, { recursive: true })
  }

  /** Indexes the pages kept on disk and brings the newest `maxEntries` back into memory. */
  loadFromDisk(): number {
    if (!this.dir) return 0
    const dir = this.dir
    const found = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const file = path.join(dir, name)
        try {
          return { file, modified: statSync(file).mtimeMs }
        } catch {
          return null
        }
      })
      .filter((entry) => entry !== null)
      .sort((a, b) => a.modified - b.modified)
    for (const { file } of found) this.files.set(file, true)
    for (const { file } of found.slice(-this.maxEntries)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedPage
        if ((saved.build ?? '') === this.build) this.pages.set(saved.key, fromSaved(saved))
      } catch {
        // A half-written file from a crash: skip it, the page will be rendered again.
      }
    }
    return this.pages.size
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key)
    if (page) {
      this.pages.delete(key)
      this.pages.set(key, page)
    }
    return page
  }

  /** The last good copy when rendering fails: from memory, else from disk. */
  async lastGood(key: string): Promise<CachedPage | undefined> {
    const page = this.get(key)
    if (page || !this.dir) return page
    try {
      const saved = JSON.parse(await readFile(fileOf(this.dir, key), 'utf8')) as SavedPage
      return saved.key === key ? fromSaved(saved) : undefined
    } catch {
      return undefined
    }
  }

  set(key: string, page: Omit<CachedPage, 'gzip' | 'storedAt'>): CachedPage {
    const stored = { ...page, gzip: gzipSync(page.body), storedAt: Date.now() }
    this.pages.delete(key)
    this.pages.set(key, stored)
    if (this.pages.size > this.maxEntries) this.pages.delete(this.pages.keys().next().value!)
    if (this.dir) this.writeToDisk(fileOf(this.dir, key), { key, status: page.status, contentType: page.contentType, csp: page.csp, storedAt: stored.storedAt, body: page.body.toString('base64'), build: this.build })
    return stored
  }

  private writeToDisk(file: string, record: SavedPage) {
    this.files.delete(file)
    this.files.set(file, true)
    if (this.files.size > this.maxDiskEntries) {
      const oldest = this.files.keys().next().value!
      this.files.delete(oldest)
      void rm(oldest, { force: true })
    }
    // Written aside and renamed, so a crash never leaves a half page under the real name.
    const aside = `${file}.${process.pid}.tmp`
    void writeFile(aside, JSON.stringify(record))
      .then(() => rename(aside, file))
      .catch(() => undefined)
  }

  get size(): number {
    return this.pages.size
  }
}
