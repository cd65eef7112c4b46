/**
 * The nginx front of docs/deploy.md, as shipped in deploy/nginx/va-site.conf and included by Debian's
 * nginx.conf: `nginx -t` accepts it,
 * and nginx run with it (host paths and ports swapped for a scratch folder's) serves a stand-in site
 * over a self-signed certificate: HTTP redirects, HSTS once, brotli and gzip, the request id passed
 * on, and the last copy of a public page served while the site is down, never a personal one.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const CONFIG = path.resolve('deploy/nginx/va-site.conf')
const DEBIAN_MAIN_CONFIG = '/etc/nginx/nginx.conf'
const SITE_HOST = 'www.example.gov.cn'

const freePort = async (): Promise<number> => {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: string }
const ask = (port: number, pathname: string, { tls = true, headers = {} }: { tls?: boolean; headers?: Record<string, string> } = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path: pathname, headers: { host: SITE_HOST, ...headers }, servername: SITE_HOST, rejectUnauthorized: false }
    const request = (tls ? httpsRequest : httpRequest)(options, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('latin1') }))
    })
    request.on('error', reject)
    request.end()
  })

describe('the nginx front (deploy/nginx/va-site.conf)', () => {
  let dir: string
  let mainConfig: string
  let nginx: ChildProcess | undefined
  let site: Server
  let sitePort: number
  let httpPort: number
  let httpsPort: number
  const seen: IncomingHttpHeaders[] = []

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'va-nginx-'))
    // nginx's workers run as an unprivileged user when the tests run as root: they must reach the cache.
    chmodSync(dir, 0o755)
    for (const sub of ['ssl', 'cache', 'logs']) mkdirSync(path.join(dir, sub), { mode: 0o777 })
    chmodSync(path.join(dir, 'cache'), 0o777)
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${SITE_HOST}`, '-keyout', path.join(dir, 'ssl/site.key'), '-out', path.join(dir, 'ssl/site.crt')], { stdio: 'ignore' })

    // A stand-in for the site: public pages come from its page cache (X-Cache), /track is personal (no X-Cache).
    site = createServer((req, res) => {
      seen.push(req.headers)
      const page = `<!doctype html><html lang="zh-CN"><title>${req.url}</title><body>${'退役军人服务保障 '.repeat(200)}</body></html>`
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('cache-control', 'no-cache')
      res.setHeader('strict-transport-security', 'max-age=300')
      if (req.url !== '/track') res.setHeader('x-cache', 'MISS')
      res.end(page)
    })
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    sitePort = (site.address() as AddressInfo).port
    ;[httpPort, httpsPort] = [await freePort(), await freePort()]

    // The shipped file, with only what belongs to the host swapped: paths, ports, and no IPv6 listener.
    const adapted = readFileSync(CONFIG, 'utf8')
      .replaceAll('/var/cache/nginx/va-site', path.join(dir, 'cache'))
      .replaceAll('/var/log/nginx', path.join(dir, 'logs'))
      .replaceAll('/etc/ssl/va', path.join(dir, 'ssl'))
      .replaceAll('127.0.0.1:4321', `127.0.0.1:${sitePort}`)
      .replaceAll('127.0.0.1:3000', `127.0.0.1:${sitePort}`)
      .replace(/^\s*listen \[::\].*$/gm, '')
      .replaceAll('listen 80;', `listen 127.0.0.1:${httpPort};`)
      .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    writeFileSync(path.join(dir, 'va-site.conf'), adapted)
    // Debian's own nginx.conf, as installed (it sets TLS protocols and gzip in http {} already), with
    // only its paths moved here and our file where conf.d/*.conf is included.
    mainConfig = path.join(dir, 'nginx.conf')
    writeFileSync(
      mainConfig,
      readFileSync(DEBIAN_MAIN_CONFIG, 'utf8')
        .replace(/^pid .*$/m, `pid ${path.join(dir, 'nginx.pid')};`)
        // Only root can switch its workers to www-data (and nginx warns otherwise).
        .replace(/^user .*$/m, (line) => (process.getuid?.() === 0 ? line : ''))
        .replaceAll('/var/log/nginx', path.join(dir, 'logs'))
        .replace('include /etc/nginx/conf.d/*.conf;', `include ${path.join(dir, 'va-site.conf')};`)
        .replace('include /etc/nginx/sites-enabled/*;', ''),
    )
  })

  afterAll(async () => {
    nginx?.kill('SIGTERM')
    site?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('passes nginx -t', () => {
    // nginx -t reports on stderr: no error, and no warning either.
    const check = spawnSync('nginx', ['-t', '-c', mainConfig, '-e', path.join(dir, 'logs/error.log')], { encoding: 'utf8' })
    expect(check.error, 'nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-filter)').toBeUndefined()
    expect(check.stderr).toContain('test is successful')
    expect(check.stderr).not.toMatch(/\[(warn|emerg|alert|crit)\]/)
    expect(check.status).toBe(0)
  })

  it('serves the site over TLS with HSTS once, brotli or gzip, and the request id passed on', { timeout: 30_000 }, async () => {
    nginx = spawn('nginx', ['-c', mainConfig, '-e', path.join(dir, 'logs/error.log'), '-g', 'daemon off;'], { stdio: 'ignore' })
    await expect.poll(() => ask(httpsPort, '/healthz').then((answer) => answer.status, () => 0), { timeout: 15_000 }).toBe(200)

    const redirect = await ask(httpPort, '/news/1?x=1', { tls: false })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe(`https://${SITE_HOST}/news/1?x=1`)

    const brotli = await ask(httpsPort, '/news/1', { headers: { 'accept-encoding': 'br, gzip', 'x-request-id': 'lb-7f3a' } })
    expect(brotli.status).toBe(200)
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(seen.at(-1)!['x-request-id']).toBe('lb-7f3a')
    expect(seen.at(-1)!['x-forwarded-proto']).toBe('https')

    const gzip = await ask(httpsPort, '/news/2', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    // Without one from the load balancer, nginx makes one (32 hex digits).
    expect(seen.at(-1)!['x-request-id']).toMatch(/^[0-9a-f]{32}$/)

    // The access log is JSON, one line per request, with the request id and no query string.
    const access = readFileSync(path.join(dir, 'logs/va-site.access.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(access.find((line) => line.requestId === 'lb-7f3a')).toMatchObject({ method: 'GET', path: '/news/1', status: 200 })
    expect(JSON.stringify(access)).not.toContain('x=1')
  })

  it('keeps serving the last copy of a public page while the site is down, never a personal one', { timeout: 30_000 }, async () => {
    await ask(httpsPort, '/news/3')
    await ask(httpsPort, '/track')
    await new Promise((resolve) => site.close(resolve))
    site.closeAllConnections()

    // nginx keeps its copy for a second (HIT); after that it asks the site, finds it down, and serves the copy (STALE).
    await expect.poll(() => ask(httpsPort, '/news/3').then((answer) => `${answer.status} ${answer.headers['x-proxy-cache']}`), { timeout: 10_000 }).toBe('200 STALE')
    const stale = await ask(httpsPort, '/news/3')
    expect(stale.body).toContain('<title>/news/3</title>')

    const personal = await ask(httpsPort, '/track')
    expect(personal.status).toBe(502)
    const purge = await ask(httpsPort, '/_cache/purge')
    expect(purge.status).toBe(404)
  })
})
