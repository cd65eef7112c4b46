/**
 * The admin (Next.js, hosting Payload) behind a plain Node HTTP server instead of `next start`,
 * for what Next cannot do itself:
 * - the client's address: route handlers see no socket, only X-Forwarded-For, which Next fills
 *   with the connection's address only when the client did not send one. Here it is replaced by
 *   the one address we trust (src/payload/rules/clientAddress.ts, the rule the public site uses too), which the login throttle reads;
 * - security headers read from the environment at start (HSTS when served over https), on every
 *   response including Next's own 404s and static files (src/payload/rules/adminSecurityHeaders.ts);
 * - file paths that name no possible upload (encoded slashes, NUL) answer 400 before Payload's
 *   file route turns them into a 500 (src/payload/rules/uploadFilePath.ts).
 * Usage: tsx scripts/adminServer.ts <port> <host>
 */
import { createServer } from 'node:http'

import next from 'next'

import { log, REQUEST_ID_HEADER, requestIdOf, routeConsoleToLog } from '../src/payload/log'
import { clientAddress } from '../src/payload/rules/clientAddress'
import { serverUrl } from '../src/payload/env'
import { adminSecurityHeaders } from '../src/payload/rules/adminSecurityHeaders'
import { isPlausibleFilePath } from '../src/payload/rules/uploadFilePath'

const port = Number(process.argv[2] ?? process.env.ADMIN_PORT ?? 3000)
const hostname = process.argv[3] ?? process.env.HOST ?? '127.0.0.1'
const trustProxy = process.env.TRUST_PROXY === '1'
const headers = Object.entries(adminSecurityHeaders(serverUrl()))

// JSON lines, Next's and Payload's included (src/payload/log.ts).
const logger = log('admin')
routeConsoleToLog(logger)
const accessLog = logger.child({ kind: 'access' })

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

createServer((req, res) => {
  const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER])
  req.headers[REQUEST_ID_HEADER] = requestId
  res.setHeader(REQUEST_ID_HEADER, requestId)
  const started = performance.now()
  // Path without its query (a list's filters can name a person), never cookies or bodies.
  res.once('finish', () =>
    accessLog.info({ requestId, method: req.method, path: (req.url ?? '/').split('?')[0], status: res.statusCode, durationMs: Math.round((performance.now() - started) * 10) / 10 }, 'request'),
  )
  for (const [name, value] of headers) res.setHeader(name, value)
  req.headers['x-forwarded-for'] = clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustProxy)
  if (!isPlausibleFilePath((req.url ?? '/').split('?')[0])) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ errors: [{ message: '文件路径无效。' }] }))
    return
  }
  void handle(req, res)
}).listen(port, hostname, () => logger.info(`listening on http://${hostname}:${port}`))
