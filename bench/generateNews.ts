/**
 * Adds N published news items (default 10,000) to the database of a stack, for the scale bench:
 * spread over the four columns, Chinese titles and 3–6 paragraph bodies (bench/lib/newsText.ts),
 * publication dates over the last ten years, unique slugs (bench-<date>-<n>), some tagged with
 * published stations. Written through Payload's Local API, so field hooks and validation run;
 * as a system operation (no user) with `_status: 'published'`, which the workflow's hooks treat
 * as a seeded/system write (workflowState published, no review chain, no audit entry for a create).
 * The purge hook only calls the site when SITE_INTERNAL_URL is set, so nothing is sent per item;
 * with --site, one purge is posted at the end so the running site drops its cached pages and
 * rebuilds its search index.
 *
 * Usage: DATA_DIR=/path/of/the/stack npx tsx bench/generateNews.ts [count] [--site http://127.0.0.1:4321]
 */
import { NEWS_CATEGORIES } from '../src/payload/constants/news'
import { newsText, seededRandom, toLexical } from './lib/newsText'

const args = process.argv.slice(2)
const siteIndex = args.indexOf('--site')
const site = siteIndex >= 0 ? args.splice(siteIndex, 2)[1] : undefined
const count = Number(args[0] ?? 10_000)
if (!Number.isInteger(count) || count < 1) throw new Error(`not a count: ${args[0]}`)
delete process.env.SITE_INTERNAL_URL

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { notifySite } = await import('../src/payload/siteCache')

const payload = await getPayload({ config })
const already = (await payload.count({ collection: 'news', where: { slug: { like: 'bench-' } } })).totalDocs
const stations = (
  await payload.find({ collection: 'stations', where: { _status: { equals: 'published' } }, depth: 0, limit: 200, pagination: false })
).docs.map((doc) => doc.id)

const random = seededRandom(20261122 + already)
const now = Date.now()
const TEN_YEARS = 10 * 365.25 * 24 * 3600 * 1000
// Columns are not equally busy on a real site: work and local news dominate.
const WEIGHTS: Record<(typeof NEWS_CATEGORIES)[number], number> = { work: 0.4, local: 0.3, notice: 0.15, media: 0.15 }
const categoryFor = (value: number) => {
  let sum = 0
  for (const category of NEWS_CATEGORIES) {
    sum += WEIGHTS[category]
    if (value < sum) return category
  }
  return NEWS_CATEGORIES[0]
}

const started = performance.now()
let bytes = 0
for (let index = 0; index < count; index += 1) {
  const sequence = already + index + 1
  const { title, summary, paragraphs } = newsText(random, sequence)
  bytes += Buffer.byteLength(paragraphs.join(''))
  const publishedAt = new Date(now - random() * TEN_YEARS)
  const tagged = stations.length > 0 && random() < 0.3 ? [stations[Math.floor(random() * stations.length)]] : []
  await payload.create({
    collection: 'news',
    data: {
      title,
      category: categoryFor(random()),
      summary,
      body: toLexical(paragraphs) as never,
      source: random() < 0.7 ? '本站' : '南屏县融媒体中心',
      author: random() < 0.5 ? '县退役军人事务局' : undefined,
      stations: tagged,
      slug: `bench-${publishedAt.toISOString().slice(0, 10).replaceAll('-', '')}-${sequence}`,
      publishedAt: publishedAt.toISOString(),
      _status: 'published',
    },
  })
  if ((index + 1) % 1000 === 0) {
    const seconds = (performance.now() - started) / 1000
    console.log(`${index + 1}/${count} (${seconds.toFixed(1)} s, ${((seconds * 1000) / (index + 1)).toFixed(1)} ms per item)`)
  }
}
const seconds = (performance.now() - started) / 1000
const total = (await payload.count({ collection: 'news' })).totalDocs
console.log(
  `created ${count} published news items in ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms per item, ` +
    `body ${Math.round(bytes / count)} bytes on average); news in the database now: ${total}`,
)
if (site) {
  process.env.SITE_INTERNAL_URL = site
  await notifySite(payload, { collection: 'news' })
  console.log(`asked ${site} to purge its cache (a [notifySite] warning above means it did not answer in time)`)
}
await payload.destroy()
process.exit(0)
