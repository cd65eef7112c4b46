/**
 * Adds N enquiries (default 10,000) to the database of a stack, for the admin-at-scale bench
 * (bench/adminScale.ts): each goes through the public path's own service (submitEnquiry: the
 * schema, the written-sum challenge, encryption of the phone number, the tracking code), as if
 * typed into the form, from many addresses and phone numbers. A quarter are then moved on by the
 * case engine's statuses (assigned to a station, answered, closed), so lists and the dashboard
 * see a realistic mix. Dates spread over the last three years.
 *
 * Usage: DATA_DIR=/path/of/the/stack [DATABASE_URI=…] npx tsx bench/generateEnquiries.ts [count]
 */
import { randomUUID } from 'node:crypto'

const count = Number(process.argv[2] ?? 10_000)
if (!Number.isInteger(count) || count < 1) throw new Error(`not a count: ${process.argv[2]}`)
// The bench is one "address" per hundred enquiries; the limits are for the public, not for this.
Object.assign(process.env, { ENQUIRY_RATE_IP: '1000000/60', ENQUIRY_RATE_PHONE: '1000000/60' })
delete process.env.SITE_INTERNAL_URL

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { issueChallenge, submitEnquiry } = await import('../src/payload/cases')
const { payloadSecret } = await import('../src/payload/env')
const { seededRandom } = await import('./lib/newsText')

const payload = await getPayload({ config })
const random = seededRandom(20261203)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
const SUBJECTS = ['优待证办理进度', '退役金发放时间', '就业培训报名', '医疗优待政策', '创业贴息贷款', '光荣牌悬挂', '档案转接', '伤残评定复查', '子女入学优待', '服务站开放时间']
const BODIES = [
  '请问这项业务需要准备哪些材料,在哪里办理?我在外地工作,能不能委托家人代办?',
  '上个月已经提交了申请,想了解目前办理到哪一步,大概还要多久。',
  '村里的服务站电话一直没人接,想问一下工作时间和具体地址。',
  '想咨询一下相关政策的适用条件,我的情况是二〇一五年退役,现在自主就业。',
]
const stations = (await payload.find({ collection: 'stations', depth: 0, limit: 200, pagination: false })).docs.map((doc) => doc.id)
const THREE_YEARS = 3 * 365.25 * 24 * 3600 * 1000
const now = Date.now()

const started = performance.now()
let stored = 0
for (let index = 0; index < count; index += 1) {
  const { token, question } = issueChallenge(payloadSecret())
  const [a, b] = question.match(/\d+/g)!.map(Number)
  const outcome = await submitEnquiry(
    payload,
    {
      kind: random() < 0.8 ? 'question' : 'suggestion',
      subject: `${pick(SUBJECTS)}(${index + 1})`,
      body: pick(BODIES),
      name: `测试${index % 97}`,
      phone: `13${String(100_000_000 + index).slice(-9)}`,
      consent: true,
      submissionKey: randomUUID(),
      challenge: token,
      answer: String(a + b),
    },
    { ip: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
  )
  if (!('trackingCode' in outcome)) throw new Error(`enquiry ${index + 1} refused: ${JSON.stringify(outcome)}`)
  stored += 1
  if ((index + 1) % 1000 === 0) {
    const seconds = (performance.now() - started) / 1000
    console.log(`${index + 1}/${count} (${seconds.toFixed(1)} s, ${((seconds * 1000) / (index + 1)).toFixed(1)} ms each)`)
  }
}
// Spread the intake over three years and move a quarter on (a system write: no user, no hooks' workflow).
const { docs } = await payload.find({ collection: 'enquiries', depth: 0, limit: count, sort: '-createdAt', pagination: false, select: { createdAt: true } })
let moved = 0
for (const doc of docs.slice(0, count)) {
  const createdAt = new Date(now - random() * THREE_YEARS).toISOString()
  const onward = random() < 0.25
  await payload.db.updateOne({
    collection: 'enquiries',
    id: doc.id,
    data: {
      createdAt,
      ...(onward ? { status: pick(['accepted', 'in_progress', 'answered', 'closed']), station: stations.length ? pick(stations) : undefined } : {}),
    },
  })
  if (onward) moved += 1
}
const total = (await payload.count({ collection: 'enquiries' })).totalDocs
console.log(`stored ${stored} enquiries in ${((performance.now() - started) / 1000).toFixed(1)} s, ${moved} moved on; enquiries in the database now: ${total}`)
await payload.destroy()
process.exit(0)
