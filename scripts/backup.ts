/**
 * `npm run backup [-- --with-keys] [-- --out DIR]`: one timestamped archive of the database (a
 * consistent snapshot, taken while the site runs), the media and attachments, with a manifest of
 * counts and checksums (scripts/lib/backup.ts). Archives beyond BACKUP_KEEP (14), or older than the
 * enquiries' retention (ENQUIRY_RETENTION_DAYS), are deleted. A systemd timer runs it nightly
 * (README, "Backups").
 */
import { databaseUri, dataDir, mediaDir } from '../src/payload/env'
import { keysDir } from '../src/payload/cases/infrastructure/keys'
import { retentionDays } from '../src/payload/cases/domain/retention'
import { backup, pruneBackups } from './lib/backup'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outDir = outIndex >= 0 ? args[outIndex + 1]! : (process.env.BACKUP_DIR ?? `${dataDir()}-backups`)
const keep = Number(process.env.BACKUP_KEEP ?? 14)

const started = Date.now()
const { archive, manifest } = await backup({ dataDir: dataDir(), databaseUri: databaseUri(), mediaDir: mediaDir(), keysDir: keysDir() }, { outDir, withKeys: args.includes('--with-keys') })
const rows = Object.values(manifest.database.counts).reduce((sum, count) => sum + count, 0)
console.log(`备份完成: ${archive}`)
console.log(`  数据库(${manifest.database.kind}): ${Object.keys(manifest.database.counts).length} 个表/集合, ${rows} 行; 文件 ${manifest.files.length} 个; 密钥${manifest.withKeys ? '已包含(请另行妥善保管本备份)' : '未包含'}; 用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`)
const deleted = pruneBackups(outDir, { keep: Number.isInteger(keep) && keep > 0 ? keep : 14, maxAgeDays: retentionDays() })
if (deleted.length) console.log(`  已删除过期备份: ${deleted.join(', ')}`)
