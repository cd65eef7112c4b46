import { appendFileSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

import { mediaContentType } from '../lib/mediaTypes'

/**
 * The uploaded files the site has served to the public, remembered in memory and in a file
 * beside the page cache. When the database cannot be asked whether a file is public (it is
 * down), a remembered file is still served from the media folder, so cached pages keep their
 * pictures and attachments. A file never served publicly is never served this way, nor one the
 * site has since answered 404 for (it was made private).
 */
export class PublicMedia {
  private readonly names = new Set<string>()

  constructor(
    private readonly mediaDir: string,
    private readonly memoFile: string | null,
  ) {
    if (memoFile && existsSync(memoFile)) {
      for (const name of readFileSync(memoFile, 'utf8').split('\n')) if (name) this.names.add(name)
    }
    if (memoFile) mkdirSync(path.dirname(memoFile), { recursive: true })
  }

  /** The file name of a /media/ URL, or null. */
  static nameOf(url: string): string | null {
    try {
      const name = decodeURIComponent(new URL(url, 'http://site').pathname.slice('/media/'.length))
      return mediaContentType(name) ? name : null
    } catch {
      return null
    }
  }

  remember(name: string): void {
    if (this.names.has(name)) return
    this.names.add(name)
    // Written at once (once per file): an append still in flight could land after forget() rewrote the file and bring a withdrawn file back.
    if (this.memoFile) {
      try {
        appendFileSync(this.memoFile, `${name}\n`)
      } catch {
        // The memo only helps while the database is down; serving goes on without it.
      }
    }
  }

  /** Drops a file that is no longer public, from memory and from the file (rewritten: it is rare). */
  forget(name: string): void {
    if (!this.names.delete(name)) return
    if (this.memoFile) writeFileSync(this.memoFile, [...this.names].map((kept) => `${kept}\n`).join(''))
  }

  /** Serves a remembered file from disk; false when it cannot (not remembered, or missing). */
  serve(name: string, res: ServerResponse, head: boolean): boolean {
    const type = mediaContentType(name)
    if (!type || !this.names.has(name)) return false
    const file = path.join(this.mediaDir, name)
    const size = (() => {
      try {
        const info = statSync(file)
        return info.isFile() ? info.size : null
      } catch {
        return null
      }
    })()
    if (size === null) return false
    res.writeHead(200, { 'content-type': type, 'content-length': String(size), 'cache-control': 'public, max-age=300', 'x-cache': 'STALE' })
    if (head) res.end()
    else createReadStream(file).pipe(res)
    return true
  }
}
