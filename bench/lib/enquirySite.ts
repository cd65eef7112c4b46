/**
 * Runs the public site alone, in production mode, from its build in BUILD_DIR (default
 * .build/enquiries) on a temporary SQLite database for the enquiry benches, and reads that
 * database directly to check what was stored.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { serverNodeFlags } from '../../scripts/lib/buildDirs.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const buildDir = process.env.BUILD_DIR ?? '.build/enquiries'
const entry = path.resolve(root, buildDir, 'dist/server/entry.mjs')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

/** The compiled site process (src/site/server/server.ts) for this build folder, built afresh. */
const siteBundle = () => {
  const result = spawnSync(process.execPath, ['scripts/bundleServers.mjs', 'site'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_DIR: buildDir } })
  if (result.status !== 0) throw new Error('could not compile the site process')
  return path.resolve(root, buildDir, 'server/site.mjs')
}

export const buildSite = () => {
  if (existsSync(entry) && process.env.BENCH_SKIP_BUILD === '1') return
  const result = spawnSync(bin('astro'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BUILD_DIR: buildDir, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error('astro build failed')
}

export type Site = {
  url: string
  dataDir: string
  process: ChildProcess
  /** Each running worker's internal Astro address, from its `listening` log line (the system picks the port). */
  workerUrls: string[]
  stop: () => Promise<void>
  kill9: () => Promise<void>
}

/** Reads the site's JSON log lines for the internal port each worker listens on; passes the output on when BENCH_VERBOSE. */
const watchWorkers = (child: ChildProcess, into: Map<number, string>) => {
  let pending = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    if (process.env.BENCH_VERBOSE) process.stdout.write(chunk)
    pending += chunk.toString('utf8')
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      try {
        const entry = JSON.parse(line) as { worker?: number; internalPort?: number }
        if (entry.worker !== undefined && entry.internalPort) into.set(entry.worker, `http://127.0.0.1:${entry.internalPort}`)
      } catch {
        // not a log line
      }
    }
  })
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))

const pushSchema = (dataDir: string) => {
  const result = spawnSync(bin('tsx'), ['bench/lib/pushSchema.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '', NODE_ENV: 'development', PAYLOAD_DEV_PUSH: 'true', PAYLOAD_SECRET: 'enquiry-bench-secret' },
  })
  if (result.status !== 0) throw new Error('could not create the bench database')
}

/**
 * workers unset: the Astro build alone, one process. workers = N: the production site process
 * (src/site/server/server.ts: a primary, N workers each with the caching front server before Astro).
 */
/** `workerUrls`: wait until every worker has logged its internal address (bench/searchDuringSync.ts needs them). */
export const startSite = async ({
  port,
  dataDir,
  env = {},
  workers,
  workerUrls = false,
}: {
  port: number
  dataDir?: string
  env?: Record<string, string>
  workers?: number
  workerUrls?: boolean
}): Promise<Site> => {
  // A data folder made here is deleted by stop() (BENCH_KEEP_DATA=1 keeps it): 313 of them had piled up in /tmp.
  const madeHere = !dataDir
  if (!dataDir) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'va-enq-bench-'))
    pushSchema(dataDir)
  }
  const siteEnv: NodeJS.ProcessEnv = {
    ...process.env,
    // The bench runs under tsx; the site must not inherit its loader hooks (they slow every import).
    NODE_OPTIONS: process.env.SITE_NODE_OPTIONS ?? '',
    DATA_DIR: dataDir,
    DATABASE_URI: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: 'enquiry-bench-secret',
    ENQUIRY_RATE_IP: '1000000/60',
    ENQUIRY_RATE_PHONE: '1000000/60',
    ...env,
  }
  const output = process.env.BENCH_VERBOSE ? 'inherit' : 'ignore'
  // The site process as npm start runs it: compiled (scripts/bundleServers.mjs), plain node with the production flags.
  const child = workers
    ? spawn(process.execPath, [...serverNodeFlags('site'), siteBundle()], {
        cwd: root,
        detached: true,
        stdio: ['ignore', 'pipe', output],
        env: { ...siteEnv, BUILD_DIR: buildDir, SITE_PORT: String(port), SITE_WORKERS: String(workers)},
      })
    : spawn(bin('node'), [entry], { cwd: root, stdio: ['ignore', output, output], env: siteEnv })
  const workerPorts = new Map<number, string>()
  if (workers) watchWorkers(child, workerPorts)
  // The cluster is a process group: signals go to the primary and its workers alike.
  const signal = (name: NodeJS.Signals) => (workers ? process.kill(-child.pid!, name) : child.kill(name))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  // The form page starts Payload on first use.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`site exited with ${child.exitCode}`)
    if (Date.now() > deadline) {
      // Nothing left running on the bench's port for the next run.
      signal('SIGKILL')
      throw new Error('site did not start')
    }
    const ok = await fetch(`${url}/enquiry`).then((response) => response.ok, () => false)
    if (ok && (!workerUrls || workerPorts.size >= (workers ?? 0))) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    dataDir,
    process: child,
    get workerUrls() {
      return [...workerPorts.values()]
    },
    stop: async () => {
      signal('SIGTERM')
      await exited(child)
      if (madeHere && process.env.BENCH_KEEP_DATA !== '1') {
        // The key ring sits beside the data folder unless KEYS_DIR says otherwise (cases/infrastructure/keys.ts).
        for (const folder of [dataDir, `${dataDir}-keys`]) rmSync(folder, { recursive: true, force: true })
      }
    },
    kill9: async () => {
      signal('SIGKILL')
      await exited(child)
    },
  }
}

/** A solved check: a token passes for one submission (and its retries), so each submission needs its own. */
export const solvedChallenge = async (url: string) => {
  const { token, question } = (await (await fetch(`${url}/enquiry/api/challenge`)).json()) as { token: string; question: string }
  const [a, b] = question.match(/\d+/g)!.map(Number)
  return { challenge: token, answer: String(a + b) }
}

export const validBody = (check: { challenge: string; answer: string }, index: number) => ({
  kind: 'question',
  subject: `咨询优待证办理 ${index}`,
  body: '请问退役军人优待证在哪里办理,需要带哪些材料?',
  name: '测试',
  phone: `139${String(index).padStart(8, '0')}`,
  consent: true,
  submissionKey: randomUUID(),
  ...check,
})

/** `from`: the reader's address as a proxy in front passes it on (the site must run with TRUST_PROXY=1 to take it). */
export const submitJson = (url: string, body: unknown, from?: string) =>
  fetch(`${url}/enquiry/api/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from && { 'x-forwarded-for': from }) },
    body: JSON.stringify(body),
  })

export type StoredCase = {
  tracking_code: string
  subject: string | null
  contact_phone_sealed: string | null
  secret_hash: string | null
  accept_deadline: string | null
  submission_key: string | null
}

/** Every stored case, read straight from the SQLite file. */
export const storedCases = (dataDir: string): StoredCase[] => {
  const db = new DatabaseSync(path.join(dataDir, 'site.db'), { readOnly: true })
  try {
    return db
      .prepare('select tracking_code, subject, contact_phone_sealed, secret_hash, accept_deadline, submission_key from enquiries')
      .all() as StoredCase[]
  } finally {
    db.close()
  }
}

export const isComplete = (row: StoredCase) =>
  Boolean(row.tracking_code && row.subject && row.contact_phone_sealed && row.secret_hash && row.accept_deadline && row.submission_key)
