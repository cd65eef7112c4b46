/**
 * `npm start`: the main command. Builds what is stale, migrates and seeds an empty database (in a
 * process of its own, scripts/prepare.ts, so this supervisor never holds Payload), then runs the admin (Next), the
 * public site (Astro behind its caching front server) and the jobs runner in production mode, each
 * compiled ahead of time and run by plain `node` (scripts/bundleServers.mjs).
 * `npm start` runs this file compiled too (scripts/launch.mjs); `tsx scripts/start.ts` works as well.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { isProduction } from '../src/payload/deployment'
import { payloadSecret } from '../src/payload/env'
import { log, type Service } from '../src/payload/log'
import { demoLogins } from '../src/payload/seed/demoUsers'
import { serverBundle, serverNodeFlags, type ServerName } from './lib/buildDirs.mjs'
import { servicesFrom } from './lib/services'
import { waitForUrl } from './lib/waitForUrl'

Object.assign(process.env, { NODE_ENV: 'production' })
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const adminPort = Number(process.env.ADMIN_PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const started = Date.now()
process.env.PAYLOAD_PUBLIC_SERVER_URL ??= `http://localhost:${adminPort}`
const production = isProduction()
const logger = log('start')
const chosen = servicesFrom(process.env.SERVICES)
if ('error' in chosen) {
  logger.error(chosen.error)
  process.exit(1)
}
const { services } = chosen
const runs = (service: Service) => (services as readonly string[]).includes(service)
/** A compiled process (scripts/bundleServers.mjs), run by this very Node with its V8 flags (serverNodeFlags). */
const nodeProcess = (name: ServerName): [string, string[]] => [process.execPath, [...serverNodeFlags(name), path.resolve(serverBundle(name))]]

// Build what is stale, migrate and seed, or refuse a production start (scripts/prepare.ts), with the
// operator's environment as given. In a child: the builds' bookkeeping would stay in this process's memory.
execFileSync(process.execPath, ['scripts/bundleServers.mjs', 'prepare'], { stdio: 'inherit' })
const prepared = await new Promise<number>((resolve) => {
  const [command, args] = nodeProcess('prepare')
  spawn(command, args, { stdio: 'inherit', env: { ...process.env, VA_SERVICE: 'prepare' } }).on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
})
if (prepared !== 0) process.exit(prepared)
// The secret the services share: the operator's, or the one the step above generated into the data folder.
process.env.PAYLOAD_SECRET = payloadSecret()

const children: ChildProcess[] = []
let ready = false
const launch = (name: string, service: Service, [command, args]: [string, string[]], env: Record<string, string>) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env, VA_SERVICE: service } })
  // One side stopping does not take the other down: the public site keeps serving without the admin.
  child.on('exit', (code, signal) => {
    logger.error({ child: service, exit: signal ?? code }, `${name} 已退出`)
    if (!ready) {
      logger.error({ child: service }, `${name}未能启动,请查看上面的错误信息。`)
      shutdown(1)
    }
    if (children.every((other) => other.exitCode !== null || other.signalCode !== null)) process.exit(code ?? 1)
  })
  children.push(child)
}
const shutdown = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

// Purges go to the site beside the admin at once; site hosts elsewhere follow the purge log in the database.
const siteHere = { SITE_INTERNAL_URL: runs('site') ? `http://127.0.0.1:${sitePort}` : (process.env.SITE_INTERNAL_URL ?? '') }
// Not `next start`: scripts/adminServer.ts adds the client address, security headers and path checks.
const [node, adminArgs] = nodeProcess('admin')
if (runs('admin')) launch('管理后台', 'admin', [node, [...adminArgs, String(adminPort), host]], siteHere)
if (runs('site')) launch('公众网站', 'site', nodeProcess('site'), { SITE_PORT: String(sitePort), HOST: host })
// Scheduled publishing, clocks and reminders: on while the admin is stopped (scripts/jobs.ts).
if (runs('jobs')) launch('定时任务', 'jobs', nodeProcess('jobs'), siteHere)

await Promise.all([
  runs('site') && waitForUrl(`http://${host}:${sitePort}/`),
  runs('admin') && waitForUrl(`http://${host}:${adminPort}/admin/login`),
])
ready = true
const seconds = Number(((Date.now() - started) / 1000).toFixed(1))
logger.info({ services, site: `http://localhost:${sitePort}/`, admin: `http://localhost:${adminPort}/admin`, seconds }, '已就绪')
// The welcome for a person at a terminal (the demo); a service manager has the JSON line above.
if (process.stdout.isTTY || !production) process.stdout.write(
  [
    '',
    `已就绪(用时 ${seconds} 秒)`,
    ...(runs('site') ? [`  公众网站  http://localhost:${sitePort}/`] : []),
    ...(runs('admin') ? [`  管理后台  http://localhost:${adminPort}/admin`] : []),
    ...(production ? [] : ['演示账号(仅供演示,正式使用前请删除或修改密码):', ...demoLogins()]),
    '按 Ctrl+C 停止。',
    '',
  ].join('\n'),
)
