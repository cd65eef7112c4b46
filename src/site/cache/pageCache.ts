import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type CachedPage = {
  status: number
  contentType: string
  body: Buffer
  gzip: Buffer
  generation: number
  storedAt: number
}

const fileOf = (dir: string, key: string) => path.join(dir, `${createHash('sha1').update(key).digest('hex')}.json`)

/**
 * Rendered pages in memory (least recently used dropped past `maxEntries`), written through
 * to disk so that a restarted site still has the last good version of every page it served.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>()

  constructor(
    private readonly dir: string | null,
    private readonly maxEntries = 5000,
  ) {
    if (dir) mkdirSync(dir, { recursive: true })
  }

  /** Pages kept on disk come back as stale: served only when a fresh render is impossible. */
  loadFromDisk(): number {
    if (!this.dir) return 0
    for (const name of readdirSync(this.dir).filter((file) => file.endsWith('.json'))) {
      try {
        const saved = JSON.parse(readFileSync(path.join(this.dir, name), 'utf8'))
        const body = Buffer.from(saved.body, 'base64')
        this.pages.set(saved.key, { status: saved.status, contentType: saved.contentType, body, gzip: gzipSync(body), generation: -1, storedAt: saved.storedAt })
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

  set(key: string, page: Omit<CachedPage, 'gzip' | 'storedAt'>): CachedPage {
    const stored = { ...page, gzip: gzipSync(page.body), storedAt: Date.now() }
    this.pages.delete(key)
    this.pages.set(key, stored)
    if (this.pages.size > this.maxEntries) {
      const oldest = this.pages.keys().next().value!
      this.pages.delete(oldest)
      if (this.dir) void rm(fileOf(this.dir, oldest), { force: true })
    }
    if (this.dir) {
      const record = { key, status: page.status, contentType: page.contentType, storedAt: stored.storedAt, body: page.body.toString('base64') }
      const file = fileOf(this.dir, key)
      // Written aside and renamed, so a crash never leaves a half page under the real name.
      void writeFile(`${file}.tmp`, JSON.stringify(record))
        .then(() => rename(`${file}.tmp`, file))
        .catch(() => undefined)
    }
    return stored
  }

  get size(): number {
    return this.pages.size
  }
}
