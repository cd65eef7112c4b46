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
 * The V8 flags of each compiled process: the size of its young generation. V8 sizes it by the
 * machine's memory otherwise, and on 24 GB a site worker held 415 MB instead of 255 MB, the jobs
 * runner 336 MB instead of 188 MB (bench/processMemory.ts, README). 2 MB suits the processes that
 * mostly wait; the site's workers answer the public and get 16 MB: at 2 MB, garbage collection
 * took 1.0 ms of CPU per enquiry submission, at 8 MB 0.64 ms, at 16 MB 0.46 ms (V8 profiles of
 * bench/enquiries-concurrency.ts, 2,000 submissions).
 */
export const serverNodeFlags = (name) => [`--max-semi-space-size=${name === 'site' ? 16 : 2}`]

/** The compiled file of a process. */
export const serverBundle = (name) => `${serverDir}/${name}.mjs`
