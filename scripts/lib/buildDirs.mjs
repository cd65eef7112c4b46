/**
 * Where the two production builds go. BUILD_DIR lets several checkouts-in-one (parallel test
 * runs) keep their builds apart; unset, the tools' usual folders are used.
 */
const base = process.env.BUILD_DIR

export const nextDistDir = base ? `${base}/next` : '.next'
export const astroOutDir = base ? `${base}/dist` : 'dist'

/**
 * The Node processes of a production start, compiled ahead of time by scripts/bundleServers.mjs:
 * our TypeScript bundled into one ES module each, packages left to node_modules, so production
 * runs plain `node`, never `tsx`.
 */
export const serverDir = base ? `${base}/server` : '.build/server'

/** Every process `npm start` runs, by name (the supervisor, its one-off database step, the three services), and the operator's commands. */
export const SERVER_ENTRIES = {
  start: 'scripts/start.ts',
  prepare: 'scripts/prepare.ts',
  admin: 'scripts/adminServer.ts',
  site: 'src/site/server/server.ts',
  jobs: 'scripts/jobs.ts',
  backup: 'scripts/backup.ts',
  restore: 'scripts/restore.ts',
}

/**
 * The flags every compiled process runs with: a young generation of 2 MB. V8 sizes it by the
 * machine's memory otherwise, and on 24 GB a site worker held 415 MB instead of 255 MB, the jobs
 * runner 336 MB instead of 188 MB (bench/processMemory.ts, README).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2']

/** The compiled file of a process. */
export const serverBundle = (name) => `${serverDir}/${name}.mjs`
