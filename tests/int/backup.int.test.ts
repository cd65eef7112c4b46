import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backup, FILE_FOLDERS, type Manifest, restore, RestoreError, sqlitePath } from '../../scripts/lib/backup'
import { encrypt, keysDir } from '../../src/payload/cases/infrastructure/keys'
import { lexicalBody } from '../helpers/workflowFixtures'
import { databaseUriFor, dropMongoDatabase, testDatabase } from '../helpers/testDatabase'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Rows = Record<string, string[]>

/** Every row of every table (SQLite) or document of every collection (MongoDB), as sorted strings. */
const contents = async (databaseUri: string): Promise<Rows> => {
  if (testDatabase() === 'mongodb') {
    const { BSON, MongoClient } = await import('mongodb')
    const client = new MongoClient(databaseUri)
    try {
      await client.connect()
      const db = client.db()
      const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((item) => item.name).filter((name) => !name.startsWith('system.'))
      return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await db.collection(name).find({}).toArray()).map((doc) => BSON.EJSON.stringify(doc, { relaxed: false })).sort()] as const)))
    } finally {
      await client.close()
    }
  }
  const { default: Database } = await import('libsql')
  const db = new Database(sqlitePath(databaseUri), { readonly: true })
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((row) => row.name)
    return Object.fromEntries(tables.map((name) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]))
  } finally {
    db.close()
  }
}

const checksums = (root: string): Record<string, string> => {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out[path.relative(root, full).split(path.sep).join('/')] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  for (const folder of FILE_FOLDERS) walk(path.join(root, folder))
  return out
}

/** `npm run backup` and `npm run restore` (scripts/lib/backup.ts) on this file's own database, on both databases. */
describe('backups that restore', () => {
  let payload: Payload
  const scratch = mkdtempSync(path.join(tmpdir(), 'va-backup-test-'))
  const restoredName = `${process.env.TEST_DATABASE_NAME}-restored`
  const from = () => ({ dataDir: process.env.DATA_DIR!, databaseUri: process.env.DATABASE_URI!, mediaDir: process.env.MEDIA_DIR, keysDir: keysDir() })
  const to = (name: string) => {
    const dataDir = path.join(scratch, name)
    return { dataDir, databaseUri: testDatabase() === 'mongodb' ? databaseUriFor(dataDir, `${restoredName}-${name}`) : `file:${path.join(dataDir, 'site.db')}`, keysDir: path.join(scratch, `${name}-keys`) }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    // The sealing keys exist once anything was sealed.
    encrypt('13800000000')
  })
  afterAll(async () => {
    if (testDatabase() === 'mongodb') for (const name of ['busy', 'keys']) await dropMongoDatabase(`${restoredName}-${name}`).catch(() => null)
    rmSync(scratch, { recursive: true, force: true })
    await releaseTestPayload(payload)
  })

  it('should back up a site while news is being written, restore it into an empty place, and match every table or collection and file', { timeout: 180_000 }, async () => {
    const filesBefore = checksums(from().dataDir)
    const before = await contents(from().databaseUri)
    // Writes going on for the whole backup: news items saved one after another.
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        written += 1
        await payload.create({
          collection: 'news',
          data: { title: `备份期间写入的新闻 ${written}`, category: 'work', body: lexicalBody('备份期间写入。') as never, source: '本站', slug: `backup-busy-${process.pid}-${written}` } as never,
          draft: true,
        })
        // The embedded database answers without giving the event loop a turn: yield, as a site between requests does, so timers and the backup's process run.
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()
    await expect.poll(() => written, { timeout: 30_000 }).toBeGreaterThan(2)
    // `npm run backup` in its own process, as an operator or the timer runs it, while this one keeps writing.
    const outDir = path.join(scratch, 'archives')
    const location = from()
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/backup.ts', '--out', outDir], {
        env: { ...process.env, DATA_DIR: location.dataDir, DATABASE_URI: location.databaseUri, MEDIA_DIR: location.mediaDir, KEYS_DIR: location.keysDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let text = ''
      child.stdout.on('data', (chunk) => (text += chunk))
      child.stderr.on('data', (chunk) => (text += chunk))
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`backup exited ${code}: ${text}`))))
    })
    const writtenDuring = written
    writing = false
    await writer
    expect(output).toContain('备份完成')
    const archive = path.join(outDir, readdirSync(outDir).find((name) => name.endsWith('.tar.gz'))!)
    execFileSync('tar', ['-xzf', archive, '-C', scratch, './manifest.json'])
    const manifest = JSON.parse(readFileSync(path.join(scratch, 'manifest.json'), 'utf8')) as Manifest
    // The site went on writing while the backup ran.
    expect(writtenDuring).toBeGreaterThan(3)
    const after = await contents(from().databaseUri)
    expect(statSync(archive).size).toBeGreaterThan(0)
    expect(manifest.withKeys).toBe(false)

    const target = to('busy')
    await restore(archive, target)
    const restored = await contents(target.databaseUri)
    expect(Object.keys(restored).sort()).toEqual(Object.keys(manifest.database.counts).sort())
    let unchanged = 0
    for (const [name, rows] of Object.entries(restored)) {
      expect(rows.length, name).toBe(manifest.database.counts[name])
      if (JSON.stringify(before[name]) === JSON.stringify(after[name])) {
        // Not written during the backup: exactly the same rows.
        expect(rows, name).toEqual(after[name] ?? [])
        unchanged += 1
      } else {
        // Written during it: a consistent moment between the start and the end, every restored row one the site had.
        expect(rows.length, name).toBeGreaterThanOrEqual(before[name]?.length ?? 0)
        expect(rows.length, name).toBeLessThanOrEqual(after[name]!.length)
      }
    }
    expect(unchanged).toBeGreaterThan(10)
    // The news written during the backup: each restored one is whole (its title and its slug agree).
    const news = await payload.find({ collection: 'news', where: { slug: { like: `backup-busy-${process.pid}-` } }, draft: true, pagination: false, depth: 0 })
    expect(news.docs.length).toBe(written)

    // Every file that was there before the backup and after it (other test files share the media folder) came back the same.
    const files = checksums(target.dataDir)
    const filesAfter = checksums(from().dataDir)
    const steady = Object.entries(filesBefore).filter(([file, sum]) => filesAfter[file] === sum)
    expect(steady.length).toBeGreaterThan(0)
    for (const [file, sum] of steady) expect(files[file], file).toBe(sum)
    expect(Object.keys(files).length).toBe(manifest.files.length)
    // The keys stayed out.
    expect(existsSync(target.keysDir)).toBe(false)

    // A second restore into the same place is refused, saying why.
    await expect(restore(archive, target)).rejects.toThrow(RestoreError)
  })

  it('should carry the keys only when asked, and refuse a damaged archive', { timeout: 120_000 }, async () => {
    const { archive, manifest } = await backup(from(), { outDir: path.join(scratch, 'with-keys'), withKeys: true })
    expect(manifest.withKeys).toBe(true)
    const target = to('keys')
    await restore(archive, target)
    const keyFiles = readdirSync(from().keysDir).sort()
    expect(keyFiles.length).toBeGreaterThan(0)
    expect(readdirSync(target.keysDir).sort()).toEqual(keyFiles)
    for (const file of keyFiles) expect(readFileSync(path.join(target.keysDir, file), 'utf8')).toBe(readFileSync(path.join(from().keysDir, file), 'utf8'))

    const damaged = path.join(scratch, 'damaged.tar.gz')
    const unpacked = path.join(scratch, 'unpacked')
    execFileSync('mkdir', ['-p', unpacked])
    execFileSync('tar', ['-xzf', archive, '-C', unpacked])
    const first = manifest.files[0]
    if (!first) return
    execFileSync('sh', ['-c', `printf x >> "${path.join(unpacked, 'files', ...first.path.split('/'))}"`])
    execFileSync('tar', ['-czf', damaged, '-C', unpacked, '.'])
    await expect(restore(damaged, to('damaged'))).rejects.toThrow(`备份文件已损坏:${first.path} 的校验和不符`)
  })
})
