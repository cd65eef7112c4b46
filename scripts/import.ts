/**
 * `npm run import -- [--keep-traditional] [--dry-run] <files or folders>`: imports old articles
 * (plain text or HTML) as news drafts and prints the import report.
 */
export {}

Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })

const args = process.argv.slice(2)
const paths = args.filter((arg) => !arg.startsWith('--'))
const unknown = args.filter((arg) => arg.startsWith('--') && !['--keep-traditional', '--dry-run'].includes(arg))
if (paths.length === 0 || unknown.length > 0) {
  console.error('用法:npm run import -- [--keep-traditional] [--dry-run] <文件或文件夹…>')
  console.error('  --keep-traditional  不把繁体转为简体(默认转换,原文都保留在导入记录中)')
  console.error('  --dry-run           只预览,不写入数据库')
  process.exit(2)
}

const { collectFiles } = await import('../src/payload/import/collectFiles')
const files = (() => {
  try {
    return collectFiles(paths)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(2)
  }
})()
if (files.length === 0) {
  console.error('没有找到可导入的文件(.txt、.html)')
  process.exit(2)
}

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { importArticles } = await import('../src/payload/import/importArticles')
const { formatReport } = await import('../src/payload/import/formatReport')
const { progressWriter } = await import('../src/payload/import/progressLine')

const payload = await getPayload({ config })
const started = Date.now()
// Progress goes to stderr, so that the report on stdout can be piped or saved on its own.
const progress = progressWriter(process.stderr)
progress.update(0, files.length)
const run = await importArticles(payload, files, {
  convertTraditional: !args.includes('--keep-traditional'),
  dryRun: args.includes('--dry-run'),
  onProgress: progress.update,
})
progress.finish()
for (const line of formatReport(run)) console.log(line)
console.log(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒${run.reportId ? `,导入报告编号 ${run.reportId}` : ''}`)
await payload.destroy()
process.exit(run.counts.failed > 0 ? 1 : 0)
