/**
 * Import figures: 1,000 generated old articles (Simplified and Traditional, with portal chrome,
 * keyword tails and pinyin junk) imported as drafts into a fresh SQLite database.
 * Usage: npx tsx bench/import.ts [count]   → prints the figures, writes bench/results/import.json
 * Also states the machine (CPU model, cores, load average before and after) and the peak RSS,
 * since the figures mean little without them on a shared machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

const count = Number(process.argv[2] ?? 1000)
const cpuModel = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown'
const loadBefore = loadavg().map((value) => value.toFixed(2)).join(' ')
const dataDir = mkdtempSync(path.join(tmpdir(), 'va-bench-import-'))
Object.assign(process.env, {
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  DATABASE_URI: `file:${path.join(dataDir, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench-secret',
  PAYLOAD_DEV_PUSH: 'true',
})

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { importArticles } = await import('../src/payload/import/importArticles')
const { prepareArticle } = await import('../src/payload/import/prepareArticle')
const { toTraditional } = await import('./lib/toTraditional')

/** A deterministic generator, so every run imports the same articles. */
let state = 20261121
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0
  return state / 2 ** 32
}
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]

const PLACES = ['城关镇', '江口镇', '青石镇', '白沙乡', '桂花街道', '河西村', '南湖社区', '黄泥村']
const ACTIONS = ['走访慰问', '政策宣讲', '就业招聘', '双拥共建', '志愿服务', '技能培训', '优待证发放', '烈士纪念']
const PHRASES = [
  '服务站工作人员上门了解退役军人的生活情况',
  '现场解答了优抚政策和就业创业方面的问题',
  '各级服务站要把工作做细做实',
  '参加活动的退役军人纷纷表示感谢',
  '活动共发放宣传资料三百余份',
  '县退役军人事务局有关负责同志出席',
  '下一步将继续完善服务保障体系建设',
  '志愿者为老兵整理房间并测量血压',
  '会议通报了上半年重点工作完成情况',
  '企业现场提供岗位两百余个',
]

const sentence = () => `${Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(PHRASES)).join(',')},编号${Math.floor(random() * 1e6)}。`
const withReadings = (text: string) => text.replace(/站/gu, '站(zhan)').replace(/镇/gu, '镇(zhèn)')

const article = (index: number) => {
  const place = pick(PLACES)
  const title = `${place}开展${pick(ACTIONS)}活动(第${index + 1}期)`
  const day = String(1 + (index % 28)).padStart(2, '0')
  const month = String(1 + (index % 12)).padStart(2, '0')
  const body = Array.from({ length: 4 + Math.floor(random() * 6) }, sentence)
  const text = [
    '您的位置:首页 > 地方动态 >',
    `${title},服务,走访,老兵`,
    `时间:2023-${month}-${day} 09:30 | 来源:南屏融媒`,
    `${title}`,
    '活动现场。',
    ...body.map(withReadings),
    '[编辑:王编辑]',
    '免责声明:本站内容仅供参考。',
    '猜你喜欢',
    '其他文章 2019-01-01',
  ].join('\n')
  return { name: `bench-${String(index).padStart(4, '0')}.txt`, data: new TextEncoder().encode(index % 3 === 0 ? toTraditional(text) : text) }
}

const files = Array.from({ length: count }, (_, index) => article(index))
const payload = await getPayload({ config })

let started = performance.now()
for (const file of files) prepareArticle(file.name, file.data, { convertTraditional: true })
const prepareMs = performance.now() - started

const { progressWriter } = await import('../src/payload/import/progressLine')
const progress = progressWriter(process.stderr)
started = performance.now()
const run = await importArticles(payload, files, { onProgress: progress.update })
progress.finish()
const importMs = performance.now() - started

started = performance.now()
const again = await importArticles(payload, files, { dryRun: true })
const recheckMs = performance.now() - started

const result = {
  articles: count,
  prepareOnlySeconds: Number((prepareMs / 1000).toFixed(2)),
  importSeconds: Number((importMs / 1000).toFixed(2)),
  msPerArticle: Number((importMs / count).toFixed(1)),
  imported: run.counts.imported,
  skipped: run.counts.skipped,
  failed: run.counts.failed,
  duplicateCheckOfAllAgainSeconds: Number((recheckMs / 1000).toFixed(2)),
  skippedOnSecondPass: again.counts.skipped,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  cpu: cpuModel,
  cores: availableParallelism(),
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg().map((value) => value.toFixed(2)).join(' '),
}
console.table(result)
mkdirSync(path.resolve('bench/results'), { recursive: true })
writeFileSync(path.resolve('bench/results/import.json'), `${JSON.stringify({ ...result, measuredAt: new Date().toISOString() }, null, 2)}\n`)
await payload.destroy()
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
