import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { waitForUrl } from '../../scripts/lib/waitForUrl'
import { CHROMIUM } from './browser'
import { databaseUriFor, dropMongoDatabase, testDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    adminUrl: string
    /** The stack's DATA_DIR (its outbox is data/outbox); with servers already running, DATA_DIR or data/. */
    dataDir: string
    /** The stack's DATABASE_URI: empty for the SQLite file in dataDir (tests/e2e/twoHosts.e2e.test.ts starts a second host on it). */
    databaseUri: string
  }
}

/**
 * Runs the main command (`npm start`'s script) on a fresh database with the demo content, on
 * ports of its own, so the end-to-end tests see exactly what a person would: the embedded SQLite
 * default, or in the MongoDB lane a new database on MONGODB_URI's server (dropped afterwards).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (Debian).`)
  }
  if (process.env.E2E_SITE_URL && process.env.E2E_ADMIN_URL) {
    // Against servers that are already running (seeded with the demo content).
    project.provide('siteUrl', process.env.E2E_SITE_URL)
    project.provide('adminUrl', process.env.E2E_ADMIN_URL)
    project.provide('dataDir', path.resolve(process.env.DATA_DIR ?? 'data'))
    project.provide('databaseUri', process.env.DATABASE_URI ?? '')
    return () => {}
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'va-e2e-'))
  const mongoDatabase = `va-e2e-${process.pid}`
  const databaseUri = testDatabase() === 'mongodb' ? databaseUriFor(dataDir, mongoDatabase) : ''
  const sitePort = Number(process.env.E2E_SITE_PORT ?? 4411)
  const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3111)
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URI: databaseUri,
      SITE_PORT: String(sitePort),
      ADMIN_PORT: String(adminPort),
      PAYLOAD_SECRET: 'e2e-test-secret',
      // Every process's JSON log in a file (tests/e2e/logs.e2e.test.ts reads them).
      LOG_DIR: path.join(dataDir, 'logs'),
    },
  })
  const siteUrl = `http://127.0.0.1:${sitePort}`
  // The admin's own address (serverURL): Payload accepts cookie-authenticated posts only from it.
  const adminUrl = `http://localhost:${adminPort}`
  // Fails at once when the stack stops before it answers, instead of waiting out the timeout.
  const stopped = new Promise<never>((_, reject) =>
    server.once('exit', (code, signal) => reject(new Error(`npm start stopped before answering (${signal ?? code})`))),
  )
  await Promise.race([
    Promise.all([waitForUrl(`${siteUrl}/`, 600_000), waitForUrl(`http://127.0.0.1:${adminPort}/admin/login`, 600_000)]),
    stopped,
  ])
  stopped.catch(() => {})
  project.provide('siteUrl', siteUrl)
  project.provide('adminUrl', adminUrl)
  project.provide('dataDir', dataDir)
  project.provide('databaseUri', databaseUri)

  return async () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
    } catch (error) {
      // Already gone (stopped from outside): nothing left to stop; anything else is a real failure.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
    if (databaseUri) await dropMongoDatabase(mongoDatabase)
    // The generated enquiry keys live beside the data folder (KEYS_DIR's default).
    for (const dir of [dataDir, `${dataDir}-keys`]) rmSync(dir, { recursive: true, force: true })
  }
}
