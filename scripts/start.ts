/**
 * `npm start`: the main command. Builds what is stale, migrates, seeds an empty database,
 * then runs the admin (Next) and the public site (Astro) in production mode.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { isProduction } from '../src/payload/deployment'
import { payloadSecret } from '../src/payload/env'
import { ensureBuilds } from './lib/builds'
import { productionProblems } from './lib/deploymentChecks'
import { demoLogins, prepareDatabase } from './lib/prepareDatabase'
import { waitForUrl } from './lib/waitForUrl'

Object.assign(process.env, { NODE_ENV: 'production' })
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const adminPort = Number(process.env.ADMIN_PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const started = Date.now()
process.env.PAYLOAD_PUBLIC_SERVER_URL ??= `http://localhost:${adminPort}`
const production = isProduction()
// What the operator gave, before a generated one fills the gap (a production start refuses that).
const givenEnvironment = { ...process.env }
// Created once here, before two processes could race to create it.
process.env.PAYLOAD_SECRET = payloadSecret()

await ensureBuilds()
await prepareDatabase(console.log, {
  seedDemo: !production,
  check: production
    ? async (payload) => {
        const problems = await productionProblems(payload, givenEnvironment)
        if (!problems.length) return
        console.error(['正式部署(DEPLOYMENT=production)无法启动:', ...problems.map((problem) => `  - ${problem}`)].join('\n'))
        process.exit(1)
      }
    : undefined,
})

const children: ChildProcess[] = []
let ready = false
const launch = (name: string, command: string, args: string[], env: Record<string, string>) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  // One side stopping does not take the other down: the public site keeps serving without the admin.
  child.on('exit', (code, signal) => {
    console.error(`${name} 已退出(${signal ?? code})`)
    if (!ready) {
      console.error(`${name}未能启动,请查看上面的错误信息。`)
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

// Not `next start`: scripts/adminServer.ts adds the client address, security headers and path checks.
launch('管理后台', path.resolve('node_modules/.bin/tsx'), ['scripts/adminServer.ts', String(adminPort), host], {
  SITE_INTERNAL_URL: `http://127.0.0.1:${sitePort}`,
})
launch('公众网站', path.resolve('node_modules/.bin/tsx'), ['src/site/server/server.ts'], { SITE_PORT: String(sitePort), HOST: host })

await Promise.all([
  waitForUrl(`http://${host}:${sitePort}/`),
  waitForUrl(`http://${host}:${adminPort}/admin/login`),
])
ready = true
console.log(
  [
    '',
    `已就绪(用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒)`,
    `  公众网站  http://localhost:${sitePort}/`,
    `  管理后台  http://localhost:${adminPort}/admin`,
    ...(production ? [] : ['演示账号(仅供演示,正式使用前请删除或修改密码):', ...demoLogins()]),
    '按 Ctrl+C 停止。',
  ].join('\n'),
)
