/**
 * `npm run restore -- <archive>`: restores a backup into the empty data directory and database that
 * DATA_DIR and DATABASE_URI name (KEYS_DIR for keys, when the archive has them), then checks every
 * table's or collection's count and every file's checksum against the archive's manifest.
 */
import { databaseUri, dataDir, mediaDir } from '../src/payload/env'
import { keysDir } from '../src/payload/cases/infrastructure/keys'
import { restore, RestoreError } from './lib/backup'

const archive = process.argv[2]
if (!archive) {
  console.error('用法: npm run restore -- <备份文件.tar.gz>(恢复到 DATA_DIR 和 DATABASE_URI 指定的空数据目录和数据库)')
  process.exit(2)
}
try {
  const manifest = await restore(archive, { dataDir: dataDir(), databaseUri: databaseUri(), mediaDir: mediaDir(), keysDir: keysDir() })
  console.log(`恢复完成并已核对: ${Object.keys(manifest.database.counts).length} 个表/集合的行数、${manifest.files.length} 个文件的校验和与备份一致(备份时间 ${manifest.createdAt})。`)
  if (!manifest.withKeys) console.log('本备份不含密钥:请把原来的密钥放到 KEYS_DIR,或在环境变量中设置 ENQUIRY_KEYS 和 ENQUIRY_HASH_KEY,否则无法查看加密保存的个人信息。')
} catch (error) {
  console.error(`恢复失败: ${error instanceof RestoreError ? error.message : String(error)}`)
  process.exit(1)
}
