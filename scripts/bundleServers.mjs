/**
 * Compiles the processes of a production start (SERVER_ENTRIES in scripts/lib/buildDirs.mjs) with
 * esbuild, each into one ES module: `node scripts/bundleServers.mjs [name…]` (all by default).
 * A process of its own, so that esbuild (its module and helper) never stays in a long-running one.
 * About half a second for all.
 */
import { buildSync } from 'esbuild'

import { SERVER_ENTRIES, serverDir } from './lib/buildDirs.mjs'

const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(SERVER_ENTRIES)
const unknown = names.filter((name) => !(name in SERVER_ENTRIES))
if (unknown.length) {
  console.error(`未知的进程: ${unknown.join(', ')}(可选: ${Object.keys(SERVER_ENTRIES).join(', ')})`)
  process.exit(2)
}
buildSync({
  entryPoints: Object.fromEntries(names.map((name) => [name, SERVER_ENTRIES[name]])),
  outdir: serverDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Bundled ES modules still meet code that calls require().
  banner: { js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);" },
})
