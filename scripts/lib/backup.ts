/**
 * Backups that restore: one archive holding a consistent database snapshot (SQLite's `VACUUM
 * INTO`, or every MongoDB collection dumped through the driver as canonical Extended JSON), the
 * uploaded media and the enquiries' attachments, and a manifest with the count of every table or
 * collection and the checksum of every file. Keys only when asked (`withKeys`): they live outside
 * the data folder (KEYS_DIR), so a copy of the archive alone cannot open the sealed personal data.
 * What can be rebuilt (the page cache, the rate-limit counters, the outbox) is left out.
 */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isMongoUri } from '../../src/payload/env'

/** The folders of the data directory a backup keeps: uploaded media and the enquiries' attachments. */
export const FILE_FOLDERS = ['media', 'enquiry-attachments'] as const

export type Manifest = {
  format: 1
  createdAt: string
  database: { kind: 'sqlite' | 'mongodb'; counts: Record<string, number> }
  files: { path: string; size: number; sha256: string }[]
  withKeys: boolean
}

/** Where a site keeps its data: the data directory, the database, the uploads (MEDIA_DIR, by default inside the data directory) and the keys. */
export type Location = { dataDir: string; databaseUri: string; mediaDir?: string; keysDir: string }

/** The folder on disk of each of FILE_FOLDERS for a site. */
const folderOf = (location: Location, folder: (typeof FILE_FOLDERS)[number]) =>
  folder === 'media' ? (location.mediaDir ?? path.join(location.dataDir, 'media')) : path.join(location.dataDir, folder)


/** The SQLite file a `file:` URI names. */
export const sqlitePath = (uri: string): string => path.resolve(uri.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, ''))

/** backup-20261203-071500.tar.gz, in UTC so names sort by time wherever they are made. */
export const backupName = (now: Date): string => `backup-${now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.tar.gz`

const BACKUP_PATTERN = /^backup-(\d{8})-(\d{6})\.tar\.gz$/

const takenAt = (name: string): Date | null => {
  const match = BACKUP_PATTERN.exec(name)
  if (!match) return null
  const [date, time] = [match[1]!, match[2]!]
  return new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}Z`)
}

/**
 * Which archives to delete: beyond the newest `keep`, and any older than `maxAgeDays` (the
 * enquiries' retention, so no backup keeps personal data longer than the cases themselves may).
 */
export const archivesToDelete = (names: readonly string[], { keep, maxAgeDays, now }: { keep: number; maxAgeDays: number; now: Date }): string[] => {
  const dated = names.map((name) => ({ name, at: takenAt(name) })).filter((item): item is { name: string; at: Date } => item.at !== null)
  const newestFirst = dated.sort((a, b) => b.at.getTime() - a.at.getTime())
  const cutoff = now.getTime() - maxAgeDays * 86_400_000
  return newestFirst.filter((item, index) => index >= keep || item.at.getTime() < cutoff).map((item) => item.name)
}

const sha256 = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })

const walk = (root: string, base = root): string[] =>
  existsSync(root)
    ? readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(root, entry.name)
        return entry.isDirectory() ? walk(full, base) : entry.isFile() ? [path.relative(base, full)] : []
      })
    : []

const sqliteCounts = async (file: string): Promise<Record<string, number>> => {
  const { default: Database } = await import('libsql')
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    return Object.fromEntries(tables.map(({ name }) => [name, Number((db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n)]))
  } finally {
    db.close()
  }
}

const withMongo = async <T>(uri: string, use: (db: import('mongodb').Db) => Promise<T>): Promise<T> => {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri)
  try {
    await client.connect()
    return await use(client.db())
  } finally {
    await client.close()
  }
}

const collectionNames = async (db: import('mongodb').Db) =>
  (await db.listCollections({}, { nameOnly: true }).toArray()).map((item) => item.name).filter((name) => !name.startsWith('system.')).sort()

/** Writes the archive into `outDir` and returns its path and manifest. */
export const backup = async (from: Location, { outDir, withKeys = false, now = new Date() }: { outDir: string; withKeys?: boolean; now?: Date }): Promise<{ archive: string; manifest: Manifest }> => {
  const staging = mkdtempSync(path.join(tmpdir(), 'va-backup-'))
  try {
    let database: Manifest['database']
    if (isMongoUri(from.databaseUri)) {
      const { BSON } = await import('mongodb')
      mkdirSync(path.join(staging, 'mongodb'))
      const counts: Record<string, number> = {}
      await withMongo(from.databaseUri, async (db) => {
        for (const name of await collectionNames(db)) {
          const lines: string[] = []
          for await (const doc of db.collection(name).find({}, { sort: { _id: 1 } })) lines.push(BSON.EJSON.stringify(doc, { relaxed: false }))
          writeFileSync(path.join(staging, 'mongodb', `${name}.ejson`), lines.length ? `${lines.join('\n')}\n` : '')
          counts[name] = lines.length
        }
      })
      database = { kind: 'mongodb', counts }
    } else {
      const snapshot = path.join(staging, 'site.db')
      const { default: Database } = await import('libsql')
      const db = new Database(sqlitePath(from.databaseUri))
      try {
        // One consistent copy of a live database, whatever is being written meanwhile.
        db.exec(`VACUUM INTO '${snapshot.replace(/'/g, "''")}'`)
      } finally {
        db.close()
      }
      database = { kind: 'sqlite', counts: await sqliteCounts(snapshot) }
    }

    const files: Manifest['files'] = []
    for (const folder of FILE_FOLDERS) {
      for (const relative of walk(folderOf(from, folder))) {
        const source = path.join(folderOf(from, folder), relative)
        const target = path.join(staging, 'files', folder, relative)
        mkdirSync(path.dirname(target), { recursive: true })
        copyFileSync(source, target)
        files.push({ path: path.posix.join(folder, ...relative.split(path.sep)), size: statSync(target).size, sha256: await sha256(target) })
      }
    }
    if (withKeys && existsSync(from.keysDir)) {
      for (const relative of walk(from.keysDir)) {
        mkdirSync(path.dirname(path.join(staging, 'keys', relative)), { recursive: true })
        copyFileSync(path.join(from.keysDir, relative), path.join(staging, 'keys', relative))
      }
    }
    const manifest: Manifest = { format: 1, createdAt: now.toISOString(), database, files, withKeys }
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    mkdirSync(outDir, { recursive: true })
    const archive = path.join(outDir, backupName(now))
    execFileSync('tar', ['-czf', archive, '-C', staging, '.'])
    return { archive, manifest }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** A restore refused or failed, said in Chinese for the operator. */
export class RestoreError extends Error {}

/**
 * Restores `archive` into an empty place (no database file, or a MongoDB database with no
 * documents, and no media), then checks every count and checksum against the manifest.
 */
export const restore = async (archive: string, to: Location): Promise<Manifest> => {
  const staging = mkdtempSync(path.join(tmpdir(), 'va-restore-'))
  try {
    execFileSync('tar', ['-xzf', archive, '-C', staging])
    const manifest = JSON.parse(readFileSync(path.join(staging, 'manifest.json'), 'utf8')) as Manifest
    for (const file of manifest.files) {
      if ((await sha256(path.join(staging, 'files', ...file.path.split('/')))) !== file.sha256) throw new RestoreError(`备份文件已损坏:${file.path} 的校验和不符`)
    }
    const targetMongo = isMongoUri(to.databaseUri)
    if (targetMongo !== (manifest.database.kind === 'mongodb')) throw new RestoreError(`备份中是 ${manifest.database.kind} 数据库,而 DATABASE_URI 指向另一种数据库`)
    for (const folder of FILE_FOLDERS) {
      if (walk(folderOf(to, folder)).length) throw new RestoreError(`${folderOf(to, folder)} 不是空的:请恢复到空的数据目录`)
    }

    let counts: Record<string, number>
    if (targetMongo) {
      const { BSON } = await import('mongodb')
      counts = await withMongo(to.databaseUri, async (db) => {
        for (const name of await collectionNames(db)) {
          if (await db.collection(name).estimatedDocumentCount()) throw new RestoreError(`数据库中已有数据(${name}):请恢复到空的数据库`)
        }
        const existing = new Set(await collectionNames(db))
        for (const name of Object.keys(manifest.database.counts)) {
          const lines = readFileSync(path.join(staging, 'mongodb', `${name}.ejson`), 'utf8').split('\n').filter(Boolean)
          // An empty collection too, so the restored database has every collection the site had.
          if (!existing.has(name)) await db.createCollection(name)
          const collection = db.collection(name)
          for (let start = 0; start < lines.length; start += 500) {
            await collection.insertMany(lines.slice(start, start + 500).map((line) => BSON.EJSON.parse(line, { relaxed: false }) as import('mongodb').Document))
          }
        }
        return Object.fromEntries(await Promise.all(Object.keys(manifest.database.counts).map(async (name) => [name, await db.collection(name).countDocuments()] as const)))
      })
    } else {
      const target = sqlitePath(to.databaseUri)
      if (existsSync(target) && statSync(target).size > 0) throw new RestoreError(`${target} 已存在:请恢复到空的数据目录`)
      mkdirSync(path.dirname(target), { recursive: true })
      copyFileSync(path.join(staging, 'site.db'), target)
      counts = await sqliteCounts(target)
    }
    for (const [name, expected] of Object.entries(manifest.database.counts)) {
      if (counts[name] !== expected) throw new RestoreError(`${name}:恢复了 ${counts[name] ?? 0} 行,备份清单记录为 ${expected} 行`)
    }

    for (const file of manifest.files) {
      const [folder, ...rest] = file.path.split('/') as [(typeof FILE_FOLDERS)[number], ...string[]]
      const target = path.join(folderOf(to, folder), ...rest)
      mkdirSync(path.dirname(target), { recursive: true })
      copyFileSync(path.join(staging, 'files', ...file.path.split('/')), target)
      if ((await sha256(target)) !== file.sha256) throw new RestoreError(`${file.path} 没有完整写入`)
    }
    if (manifest.withKeys) {
      const keys = walk(path.join(staging, 'keys'))
      if (keys.length && walk(to.keysDir).length) throw new RestoreError(`${to.keysDir} 中已有密钥:请先移走,或使用不含密钥的备份`)
      for (const relative of keys) {
        mkdirSync(path.dirname(path.join(to.keysDir, relative)), { recursive: true })
        copyFileSync(path.join(staging, 'keys', relative), path.join(to.keysDir, relative))
      }
    }
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** Deletes the archives `archivesToDelete` names in `outDir`; returns their names. */
export const pruneBackups = (outDir: string, options: { keep: number; maxAgeDays: number; now?: Date }): string[] => {
  if (!existsSync(outDir)) return []
  const doomed = archivesToDelete(readdirSync(outDir), { ...options, now: options.now ?? new Date() })
  for (const name of doomed) rmSync(path.join(outDir, name), { force: true })
  return doomed
}
