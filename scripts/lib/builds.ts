import path from 'node:path'

import { astroOutDir, nextDistDir } from './buildDirs.mjs'
import { run } from './run'
import { isFresh, sourceStamp, writeStamp } from './sourceStamp'

// patches/: what patch-package changes in node_modules is bundled into both builds.
const SHARED = ['payload.config.ts', 'src/payload', 'src/shared', 'package-lock.json', 'patches', 'tsconfig.json']

/** The two production builds, each with the inputs that make it stale. */
export const BUILDS = [
  {
    name: 'admin (Next.js)',
    inputs: [...SHARED, 'next.config.mjs', 'src/app'],
    stampFile: `${nextDistDir}/.source-stamp`,
    command: ['next', ['build']] as const,
  },
  {
    name: 'public site (Astro)',
    inputs: [...SHARED, 'astro.config.mjs', 'src/site', 'public'],
    stampFile: `${astroOutDir}/.source-stamp`,
    command: ['astro', ['build']] as const,
  },
]

/**
 * Builds whatever is missing or stale (or everything, when forced), then compiles the server
 * processes (always: it takes half a second, and no stamp can go stale); returns seconds per build.
 */
export const ensureBuilds = async ({ force = false, log = console.log } = {}) => {
  const timings: Record<string, number> = {}
  for (const build of BUILDS) {
    const stamp = sourceStamp(build.inputs)
    if (!force && isFresh(build.stampFile, stamp)) continue
    log(`正在构建 ${build.name}…`)
    const started = Date.now()
    const [command, args] = build.command
    await run(path.resolve('node_modules/.bin', command), [...args], {
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    })
    writeStamp(build.stampFile, stamp)
    timings[build.name] = (Date.now() - started) / 1000
    log(`${build.name} 构建完成,用时 ${timings[build.name].toFixed(1)} 秒`)
  }
  await run(process.execPath, ['scripts/bundleServers.mjs'])
  return timings
}
