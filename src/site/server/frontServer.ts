import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import type { Logger } from 'pino'

import { HEALTH_PATHS, type HealthCheck, readiness, readinessStatus } from '../../payload/health/rules'
import { REQUEST_ID_HEADER, requestIdOf } from '../../payload/log'
import { clientAddress } from '../../payload/rules/clientAddress'
import { PURGE_LOG_PATH, PURGE_PATH, PURGE_TOKEN_HEADER } from '../../shared'
import { FILE_CSP, securityHeaders } from '../lib/securityHeaders'
import { bumpContentGeneration, contentGeneration, notePurgeSeen, purgeSeen } from './generation'
import { cacheKey, isCacheable } from './cacheKey'
import type { CachedPage, PageCache } from './pageCache'
import { PublicMedia } from './publicMedia'

/** Astro's request handler (the node adapter's `handler`), called in this process. */
export type AstroHandler = (req: IncomingMessage, res: ServerResponse) => void

type Options = {
  upstream: string
  /**
   * Astro's handler in this same process (the site's workers): what is passed through (form
   * posts, the enquiry pages, preference links) is handed to it directly instead of over a
   * loopback connection to `upstream`, which cost a second HTTP parse and socket per request
   * (bench/enquiries-concurrency.ts). Renders for the cache, health checks and anything with a
   * fallback still go to `upstream`.
   */
  astro?: AstroHandler
  cache: PageCache
  purgeToken: string
  /** How long a reader waits for a render before the last good copy is served instead. */
  renderTimeoutMs?: number
  /** Called after a purge was accepted here (with its id in the purge log), to pass it on to sibling processes. */
  onPurge?: (purge?: string) => void | Promise<void>
  /**
   * How often to look at the purge log (PURGE_LOG_PATH on the renderer) for purges sent to other
   * hosts (the site process: PURGE_LOG_POLL_MS); 0, the default, never looks.
   */
  purgeLogPollMs?: number
  /** Take the reader's address from X-Forwarded-For (only behind a proxy of our own, TRUST_PROXY=1). */
  trustForwardedFor?: boolean
  log?: (line: string) => void
  /**
   * One JSON line per request (method, path without its query, status, duration, cache state,
   * request id), never a cookie, a query string or a form body.
   */
  accessLog?: Logger
  /** Uploaded files, served from disk when the site cannot ask the database (see PublicMedia). */
  media?: PublicMedia
  /** The public reaches the site over HTTPS (SITE_URL): answers carry HSTS. */
  https?: boolean
  /** This process's own readiness checks (the workers running), added to the renderer's (database, jobs, disk). */
  readinessChecks?: () => Promise<HealthCheck[]>
}

const PASS = Symbol('pass through')

/** A render that takes longer than this is abandoned (a hung database, say). */
const RENDER_LIMIT_MS = 60_000


const headersFor = (page: CachedPage, gzip: boolean, state: string, https: boolean): string[] => [
  'content-type', page.contentType,
  'content-length', String(gzip ? page.gzip.length : page.body.length),
  'cache-control', 'no-cache',
  'vary', 'Accept-Encoding, Cookie',
  'x-cache', state,
  ...securityHeaders(https).flat(),
  // The policy Astro sent with this render (its hashes match this body). A last-resort copy from a
  // build that sent none gets the strictest one: readable, unstyled, no script.
  'content-security-policy', page.csp ?? FILE_CSP,
  ...(gzip ? ['content-encoding', 'gzip'] : []),
]

/** Hits are the hot path: their header lists are built once per page and reused. */
const hitHeaders = new WeakMap<CachedPage, { gzip: string[]; plain: string[] }>()

/**
 * What a reader gets when a page can be neither rendered nor served from a copy (the database is
 * down and the page was never kept: a 意见征集 page, which is rendered for each reader, or one
 * nobody had opened): a page in Chinese that needs nothing from the database, not a bare 500.
 */
export const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>页面暂时无法打开</title></head>
<body><main><h1>页面暂时无法打开</h1><p>网站正在恢复,请过几分钟再刷新这个页面。您填写的内容如果还没有提交,请先不要关闭页面。</p><p><a href="/">返回首页</a> · <a href="/sitemap">网站地图</a></p></main></body></html>
`

const unavailable = (res: ServerResponse) => {
  res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' })
  res.end(UNAVAILABLE_PAGE)
}

const send = (req: IncomingMessage, res: ServerResponse, page: CachedPage, state: 'HIT' | 'MISS' | 'STALE', https: boolean) => {
  const gzip = req.headers['accept-encoding']?.includes('gzip') ?? false
  let headers: string[]
  if (state === 'HIT') {
    let prepared = hitHeaders.get(page)
    if (!prepared) {
      prepared = { gzip: headersFor(page, true, 'HIT', https), plain: headersFor(page, false, 'HIT', https) }
      hitHeaders.set(page, prepared)
    }
    headers = gzip ? prepared.gzip : prepared.plain
  } else {
    headers = headersFor(page, gzip, state, https)
  }
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : gzip ? page.gzip : page.body)
}

/** Only the reading-preference cookies reach a cached render: nothing personal can end up in the cache. */
const preferenceCookies = (header: string | undefined): string =>
  (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('va-'))
    .join('; ')

/**
 * A page as Astro renders it for this reader: only the headers that decide a page (host,
 * cookies), so that every reader with the same preferences gets the same cached copy.
 */
const renderUpstream = (target: URL, req: IncomingMessage): Promise<{ status: number; headers: Headers; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const upstreamRequest = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        headers: {
          host: req.headers.host ?? target.host,
          cookie: preferenceCookies(req.headers.cookie),
          'accept-language': 'zh-CN',
          [REQUEST_ID_HEADER]: String(req.headers[REQUEST_ID_HEADER]),
        },
        timeout: RENDER_LIMIT_MS,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const headers = new Headers()
          for (const [name, value] of Object.entries(response.headers)) {
            for (const item of [value ?? []].flat()) headers.append(name, item)
          }
          resolve({ status: response.statusCode ?? 502, headers, body: Buffer.concat(chunks) })
        })
        response.on('error', reject)
      },
    )
    upstreamRequest.on('timeout', () => upstreamRequest.destroy(new Error('render timed out')))
    upstreamRequest.on('error', reject)
    upstreamRequest.end()
  })

/** The purge log id a purge's note carries (notifySite sends `{ …, purge }`). */
const purgeOf = (note: string): string | undefined => {
  try {
    const { purge } = JSON.parse(note) as { purge?: unknown }
    return typeof purge === 'string' && purge ? purge : undefined
  } catch {
    return undefined
  }
}

/**
 * Follows the purge log while the server listens: when its newest purge is not the one this
 * process last acted on (a publication through an admin that told another host), the cached
 * pages go stale. A purge this host was told of directly is noted as seen, so it is not acted
 * on twice. At the first look everything cached so far goes stale, as nothing says it is current.
 */
const followPurgeLog = (server: Server, upstream: string, everyMs: number, log: (line: string) => void) => {
  let looking = false
  const look = async () => {
    if (looking) return
    looking = true
    try {
      const response = await fetch(`${upstream}${PURGE_LOG_PATH}`, { signal: AbortSignal.timeout(5000) })
      if (!response.ok) return
      const { newest } = (await response.json()) as { newest: string }
      if (newest === purgeSeen()) return
      notePurgeSeen(newest)
      log(`purge log: ${newest || '(empty)'} → generation ${bumpContentGeneration()}`)
    } catch {
      // The renderer is starting or down: the next look tries again.
    } finally {
      looking = false
    }
  }
  let timer: NodeJS.Timeout | undefined
  server.on('listening', () => {
    timer = setInterval(() => void look(), everyMs)
    timer.unref()
  })
  server.on('close', () => clearInterval(timer))
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
export const createFrontServer = ({
  upstream,
  astro,
  cache,
  purgeToken,
  renderTimeoutMs = 3000,
  onPurge = () => {},
  log = () => {},
  accessLog,
  media,
  trustForwardedFor = false,
  https = false,
  readinessChecks = async () => [],
  purgeLogPollMs = 0,
}: Options): Server => {
  /** Headers for answers not built from a cached page; Astro's own (a page's CSP) replace them. */
  const baseline: [string, string][] = [...securityHeaders(https), ['content-security-policy', FILE_CSP]]
  const secure = (res: ServerResponse) => {
    for (const [name, value] of baseline) res.setHeader(name, value)
  }

  /** A cached page, PASS for an answer that must not be cached (410, a redirect), or null when rendering failed. */
  const pending = new Map<string, Promise<CachedPage | typeof PASS | null>>()
  const target = new URL(upstream)
  /**
   * Whether the last render failed (Astro or its database down). Then a reader with a copy at
   * hand gets it at once instead of waiting renderTimeoutMs per page: on MongoDB a render fails
   * only after the driver's server selection gives up (30 s), so every page would wait. The next
   * render that succeeds clears it.
   */
  let upstreamFailing = false

  const render = (req: IncomingMessage, key: string): Promise<CachedPage | typeof PASS | null> => {
    const running = pending.get(key)
    if (running) return running
    const generation = contentGeneration()
    const job = renderUpstream(target, req)
      .then(({ status, headers, body }) => {
        upstreamFailing = status >= 500
        if (status >= 500) {
          log(`render failed for ${req.url}: ${status}`)
          return null
        }
        if (!isCacheable(status, headers)) return PASS
        return cache.set(key, { status, contentType: headers.get('content-type')!, csp: headers.get('content-security-policy') ?? undefined, body, generation })
      })
      .catch((error: Error) => {
        upstreamFailing = true
        log(`render failed for ${req.url}: ${error.message}`)
        return null
      })
      .finally(() => pending.delete(key))
    pending.set(key, job)
    return job
  }

  /**
   * Everything that is not a cached page (form posts, preference links, files) is streamed to
   * Astro as it came: the Host header kept (Astro checks a form post's Origin against it) and
   * the reader's address passed on in X-Forwarded-For. `fallback` may answer instead when Astro
   * fails (5xx or unreachable); `answered` hears the status of every answer Astro gives.
   */
  const proxy = (req: IncomingMessage, res: ServerResponse, fallback?: () => boolean, answered: (status: number) => void = () => {}) => {
    secure(res)
    // Astro hears one address, the reader's: behind our proxy the entry it appended, else the
    // connection's. Entries a client wrote itself would dodge the per-IP limits.
    const forwardedFor = clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustForwardedFor)
    if (astro && !fallback) {
      // The same request Astro would get over the loopback connection: same headers, same address.
      req.headers['x-forwarded-for'] = forwardedFor
      req.headers['x-forwarded-proto'] = 'http'
      try {
        astro(req, res)
      } catch {
        if (res.headersSent) res.destroy()
        else unavailable(res)
      }
      return
    }
    const upstreamRequest = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http' },
      },
      (upstreamResponse) => {
        const status = upstreamResponse.statusCode ?? 502
        if (status >= 500 && fallback?.()) {
          upstreamResponse.resume()
          return
        }
        answered(status)
        res.writeHead(status, upstreamResponse.headers)
        upstreamResponse.pipe(res)
      },
    )
    upstreamRequest.on('error', () => {
      if (res.headersSent) return res.destroy()
      if (fallback?.()) return
      unavailable(res)
    })
    req.pipe(upstreamRequest)
  }

  /**
   * An uploaded file: asked of Astro (which checks it is public); the remembered copy when Astro
   * cannot answer. A 404 means the file is no longer public (its content was unpublished), so it
   * is forgotten and never served from disk again.
   */
  const proxyMedia = (req: IncomingMessage, res: ServerResponse, files: PublicMedia) => {
    const name = PublicMedia.nameOf(req.url ?? '')
    if (!name || (req.method !== 'GET' && req.method !== 'HEAD')) return proxy(req, res)
    proxy(
      req,
      res,
      () => files.serve(name, res, req.method === 'HEAD'),
      (status) => {
        if (status === 200) files.remember(name)
        else if (status === 404) files.forget(name)
      },
    )
  }

  /** The renderer's checks (database, jobs, disk: src/site/pages/readyz.ts) and this process's own. */
  const ready = async () => {
    const renderer = await fetch(`${upstream}${HEALTH_PATHS.ready}`, { signal: AbortSignal.timeout(5000) })
      .then((response) => response.json() as Promise<{ checks?: HealthCheck[] }>)
      .catch(() => null)
    const rendererChecks = renderer?.checks ?? [{ name: 'renderer', ok: false, detail: 'the page renderer does not answer' }]
    return readiness([...rendererChecks, ...(await readinessChecks())])
  }

  const server = createServer(async (req, res) => {
    const url = req.url ?? '/'
    // The request's id: nginx's (or a load balancer's) when it sent one, else a new one. Astro
    // gets it with the request (renders log it), and the reader sees it to quote when reporting a fault.
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER])
    req.headers[REQUEST_ID_HEADER] = requestId
    res.setHeader(REQUEST_ID_HEADER, requestId)
    if (accessLog) {
      const started = performance.now()
      res.once('finish', () => {
        accessLog.info(
          {
            requestId,
            method: req.method,
            path: url.split('?')[0],
            status: res.statusCode,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            cache: (res.getHeader('x-cache') as string | undefined) ?? 'PASS',
          },
          'request',
        )
      })
    }
    if (req.method === 'POST' && url === PURGE_PATH) {
      secure(res)
      if (req.headers[PURGE_TOKEN_HEADER] !== purgeToken) {
        res.writeHead(403).end()
        return
      }
      const note = (await readBody(req)).toString().slice(0, 500)
      const purge = purgeOf(note)
      if (purge) notePurgeSeen(purge)
      const generation = bumpContentGeneration()
      // Answered once every sibling process has it too: the save that sent it returns only then,
      // so no reader is served the old page from another worker afterwards.
      await onPurge(purge)
      log(`purge → generation ${generation} ${note.slice(0, 200)}`)
      res.writeHead(204).end()
      return
    }
    if (url === HEALTH_PATHS.live || url === HEALTH_PATHS.ready) {
      secure(res)
      const answer = url === HEALTH_PATHS.live ? readiness([{ name: 'process', ok: true, detail: 'answering' }]) : await ready()
      res.writeHead(readinessStatus(answer), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      res.end(JSON.stringify(answer))
      return
    }
    // For this process's own look at the purge log, on the renderer's port; not a public page.
    if (url.startsWith(PURGE_LOG_PATH)) {
      secure(res)
      res.writeHead(404).end()
      return
    }
    if (media && url.startsWith('/media/')) return proxyMedia(req, res, media)
    const cacheable = (req.method === 'GET' || req.method === 'HEAD') && !url.startsWith('/settings/') && !url.startsWith('/media/') && !url.startsWith('/enquiry')
    if (!cacheable) return proxy(req, res)

    const key = cacheKey(req.method!, url, req.headers.cookie)
    const cached = cache.get(key)
    if (cached && cached.generation === contentGeneration()) return send(req, res, cached, 'HIT', https)
    // With a last good copy at hand, a slow render is not waited for: the copy is served and
    // the render goes on to refresh the cache. Without one, the reader waits for the render.
    // While renders fail, the copy on disk counts as at hand too, and it is not waited for at all
    // (the render still runs, and the first that succeeds ends this).
    const failing = upstreamFailing
    const rendering = render(req, key)
    const atHand = cached ?? (failing ? await cache.lastGood(key) : undefined)
    const fresh = atHand
      ? await Promise.race([rendering, new Promise<null>((resolve) => setTimeout(resolve, failing ? 0 : renderTimeoutMs, null))])
      : await rendering
    // The page is gone, moved or personal now: the live answer, never an old copy.
    if (fresh === PASS) return proxy(req, res)
    if (fresh) return send(req, res, fresh, 'MISS', https)
    const lastGood = atHand ?? (await cache.lastGood(key))
    if (lastGood) return send(req, res, lastGood, 'STALE', https)
    // The render failed and no copy was ever kept: say so in Chinese rather than pass on the 500.
    if (fresh === null) {
      secure(res)
      return unavailable(res)
    }
    return proxy(req, res)
  })
  if (purgeLogPollMs > 0) followPurgeLog(server, upstream, purgeLogPollMs, log)
  return server
}
