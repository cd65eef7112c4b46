/**
 * `npm start` and `npm run jobs` without tsx: compiles the named process (scripts/bundleServers.mjs,
 * in a child, so esbuild does not stay in memory) and runs it in this very process.
 * Usage: node scripts/launch.mjs <start|jobs|…>
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { SERVER_ENTRIES, serverBundle } from './lib/buildDirs.mjs'

const name = process.argv[2]
if (!name || !(name in SERVER_ENTRIES)) {
  console.error(`用法: node scripts/launch.mjs <${Object.keys(SERVER_ENTRIES).join('|')}>`)
  process.exit(2)
}
process.argv.splice(2, 1)
execFileSync(process.execPath, ['scripts/bundleServers.mjs', name], { stdio: 'inherit' })
await import(pathToFileURL(path.resolve(serverBundle(name))).href)
