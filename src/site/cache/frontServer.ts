import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import { bumpContentGeneration, contentGeneration } from './generation'
import { cacheKey, isCacheable } from './cacheKey'
import type { CachedPage, PageCache } from './pageCache'

type Options = {
  upstream: string
  cache: PageCache
  purgeToken: string
  /** How long a reader waits for a render before the last good copy is served instead. */
  renderTimeoutMs?: number
  /** Called after a purge was accepted here, to pass it on to sibling processes. */
  onPurge?: () => void
  log?: (line: string) => void
}

/** A render that takes longer than this is abandoned (a hung database, say). */
const RENDER_LIMIT_MS = 60_000

const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length'])

const headersFor = (page: CachedPage, gzip: boolean, state: string): string[] => [
  'content-type', page.contentType,
  'content-length', String(gzip ? page.gzip.length : page.body.length),
  'cache-control', 'no-cache',
  'vary', 'Accept-Encoding, Cookie',
  'x-cache', state,
  'x-content-type-options', 'nosniff',
  'referrer-policy', 'strict-origin-when-cross-origin',
  ...(page.contentType.startsWith('text/html') ? ['x-frame-options', 'SAMEORIGIN'] : []),
  ...(gzip ? ['content-encoding', 'gzip'] : []),
]

/** Hits are the hot path: their header lists are built once per page and reused. */
const hitHeaders = new WeakMap<CachedPage, { gzip: string[]; plain: string[] }>()

const send = (req: IncomingMessage, res: ServerResponse, page: CachedPage, state: 'HIT' | 'MISS' | 'STALE') => {
  const gzip = req.headers['accept-encoding']?.includes('gzip') ?? false
  let headers: string[]
  if (state === 'HIT') {
    let prepared = hitHeaders.get(page)
    if (!prepared) {
      prepared = { gzip: headersFor(page, true, 'HIT'), plain: headersFor(page, false, 'HIT') }
      hitHeaders.set(page, prepared)
    }
    headers = gzip ? prepared.gzip : prepared.plain
  } else {
    headers = headersFor(page, gzip, state)
  }
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : gzip ? page.gzip : page.body)
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject)
  })

/**
 * The public site's front door: serves rendered pages from the cache, renders through Astro
 * on a miss or after a purge, and falls back to the last good copy when rendering fails
 * (back office or database down). Everything else is passed through untouched.
 */
export const createFrontServer = ({ upstream, cache, purgeToken, renderTimeoutMs = 3000, onPurge = () => {}, log = () => {} }: Options): Server => {
  const pending = new Map<string, Promise<CachedPage | null>>()

  const render = (req: IncomingMessage, key: string): Promise<CachedPage | null> => {
    const running = pending.get(key)
    if (running) return running
    const generation = contentGeneration()
    const job = fetch(new URL(req.url ?? '/', upstream), {
      headers: { cookie: req.headers.cookie ?? '', 'accept-language': 'zh-CN', 'x-forwarded-host': req.headers.host ?? '' },
      redirect: 'manual',
      signal: AbortSignal.timeout(RENDER_LIMIT_MS),
    })
      .then(async (response) => {
        if (!isCacheable(response.status, response.headers)) return null
        const body = Buffer.from(await response.arrayBuffer())
        return cache.set(key, { status: response.status, contentType: response.headers.get('content-type')!, body, generation })
      })
      .catch((error: Error) => {
        log(`render failed for ${req.url}: ${error.message}`)
        return null
      })
      .finally(() => pending.delete(key))
    pending.set(key, job)
    return job
  }

  const proxy = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const response = await fetch(new URL(req.url ?? '/', upstream), {
        method: req.method,
        headers: Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_HEADERS.has(name) && name !== 'host')) as Record<string, string>,
        body: hasBody ? new Uint8Array(await readBody(req)) : undefined,
        redirect: 'manual',
      })
      const headers: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (!HOP_HEADERS.has(name) && name !== 'set-cookie') headers[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' })
      res.end('网站正在维护,请稍后再试。')
    }
  }

  return createServer(async (req, res) => {
    const url = req.url ?? '/'
    if (req.method === 'POST' && url === '/_cache/purge') {
      if (req.headers['x-purge-token'] !== purgeToken) {
        res.writeHead(403).end()
        return
      }
      const generation = bumpContentGeneration()
      onPurge()
      log(`purge → generation ${generation} ${(await readBody(req)).toString().slice(0, 200)}`)
      res.writeHead(204).end()
      return
    }
    const cacheable = (req.method === 'GET' || req.method === 'HEAD') && !url.startsWith('/settings/') && !url.startsWith('/media/') && !url.startsWith('/enquiry')
    if (!cacheable) return proxy(req, res)

    const key = cacheKey(req.method!, url, req.headers.cookie)
    const cached = cache.get(key)
    if (cached && cached.generation === contentGeneration()) return send(req, res, cached, 'HIT')
    // With a last good copy at hand, a slow render is not waited for: the copy is served and
    // the render goes on to refresh the cache. Without one, the reader waits for the render.
    const rendering = render(req, key)
    const fresh = cached
      ? await Promise.race([rendering, new Promise<null>((resolve) => setTimeout(resolve, renderTimeoutMs, null))])
      : await rendering
    if (fresh) return send(req, res, fresh, 'MISS')
    if (cached) return send(req, res, cached, 'STALE')
    return proxy(req, res)
  })
}
