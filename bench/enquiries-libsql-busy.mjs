/**
 * Minimal reproduction, without Payload, of the write loss bench/enquiries-unavailable.ts finds:
 * after one write fails with SQLITE_BUSY (another process holds the write lock longer than the
 * busy timeout), @libsql/client keeps that connection inside an implicit transaction; later
 * writes succeed for this process but are never committed, so other processes (and a restart)
 * never see them. Usage: node bench/enquiries-libsql-busy.mjs → prints "lost: true" when affected.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { createClient } from '@libsql/client'

if (process.argv[2] === 'hold-lock') {
  const lock = new DatabaseSync(process.argv[3])
  lock.exec('begin exclusive')
  console.log('locked')
  setTimeout(() => {
    lock.exec('rollback')
    lock.close()
    process.exit(0)
  }, 1500)
} else {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'libsql-busy-')), 't.db')
  const client = createClient({ url: `file:${file}` })
  await client.execute('pragma journal_mode=wal')
  await client.execute('pragma busy_timeout=500')
  await client.execute('create table t (id integer primary key, v text)')
  const committed = () => {
    const reader = new DatabaseSync(file, { readOnly: true })
    const { n } = reader.prepare('select count(*) n from t').get()
    reader.close()
    return n
  }
  await client.execute({ sql: 'insert into t (v) values (?)', args: ['before'] })
  const holder = spawn(process.execPath, [import.meta.filename, 'hold-lock', file], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise((resolve) => holder.stdout.once('data', resolve))
  const busy = await client.execute({ sql: 'insert into t (v) values (?)', args: ['while locked'] }).then(() => 'stored', (error) => error.message)
  await new Promise((resolve) => holder.once('exit', resolve))
  await client.execute({ sql: 'insert into t (v) values (?)', args: ['after'] })
  const seenHere = (await client.execute('select count(*) n from t')).rows[0].n
  console.log({ whileLocked: busy, rowsSeenByThisConnection: Number(seenHere), rowsCommitted: committed(), lost: Number(seenHere) !== committed() })
}
