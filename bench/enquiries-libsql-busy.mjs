/**
 * The write loss bench/enquiries-unavailable.ts used to find, reduced to the database client and
 * run against two clients: plain @libsql/client and the RecoveringClient that
 * src/payload/database.ts gives Payload.
 *
 * With plain libsql, after one write fails with SQLITE_BUSY (another process holds the write lock
 * longer than the busy timeout) the failed statement stays in progress and the connection's later
 * writes join its implicit transaction: they succeed for this process but are never committed, so
 * other processes (and a restart) never see them, and the connection keeps the write lock. The
 * RecoveringClient replaces a connection after a lock error, so the later writes are committed.
 *
 * Usage: npx tsx bench/enquiries-libsql-busy.mjs → one line per client; "lost: true" when affected.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { createClient } from '@libsql/client'

const BUSY_TIMEOUT = 300
const HOLD_MS = 1500
const pragmas = ['pragma journal_mode=wal', `pragma busy_timeout=${BUSY_TIMEOUT}`]

if (process.argv[2] === 'hold-lock') {
  const lock = new DatabaseSync(process.argv[3])
  lock.exec('begin exclusive')
  console.log('locked')
  setTimeout(() => {
    lock.exec('rollback')
    lock.close()
    process.exit(0)
  }, HOLD_MS)
} else {
  // Imported here: the lock holder runs on plain node, which cannot load the TypeScript.
  const { RecoveringClient } = await import('../src/payload/sqlite/recoveringClient.ts')
  const clients = {
    libsql: async (url) => {
      const client = createClient({ url })
      for (const pragma of pragmas) await client.execute(pragma)
      return client
    },
    recovering: async (url) => new RecoveringClient({ url }, pragmas),
  }
  for (const [name, open] of Object.entries(clients)) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'libsql-busy-')), 't.db')
    const client = await open(`file:${file}`)
    await client.execute('pragma journal_mode=wal')
    await client.execute('create table t (id integer primary key, v text)')
    const committed = () => {
      const reader = new DatabaseSync(file, { readOnly: true })
      const { n } = reader.prepare('select count(*) n from t').get()
      reader.close()
      return n
    }
    const insert = (v) => client.execute({ sql: 'insert into t (v) values (?)', args: [v] }).then(() => 'stored', (error) => error.code)
    await insert('before')
    const holder = spawn(process.execPath, [import.meta.filename, 'hold-lock', file], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise((resolve) => holder.stdout.once('data', resolve))
    // Two writes while locked: the second also runs on the connection that replaced the first.
    const whileLocked = [await insert('while locked'), await insert('still locked')]
    await new Promise((resolve) => holder.once('exit', resolve))
    const after = await insert('after')
    const seenHere = Number((await client.execute('select count(*) n from t')).rows[0].n)
    const rowsCommitted = committed()
    client.close()
    console.log(JSON.stringify({ client: name, whileLocked, after, rowsSeenByThisConnection: seenHere, rowsCommitted, lost: seenHere !== rowsCommitted }))
  }
}
