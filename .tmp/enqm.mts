import { randomUUID } from 'node:crypto'
const N = Number(process.argv[2] ?? 300)
const { default: config } = await import('/work/wt/cpu/payload.config')
const { getPayload } = await import('payload')
const { PreparedStatements } = await import('/work/wt/cpu/src/payload/sqlite/preparedStatements')
const { submitEnquiry } = await import('/work/wt/cpu/src/payload/cases')
const { issueChallenge } = await import('/work/wt/cpu/src/payload/cases/domain/challenge')
const { payloadSecret } = await import('/work/wt/cpu/src/payload/env')
const sqls = new Map<string, number>()
let logging = false
const orig = PreparedStatements.prototype.execute
PreparedStatements.prototype.execute = function (stmt: any) { if (logging) { const s = typeof stmt === 'string' ? stmt : stmt.sql; sqls.set(s, (sqls.get(s) ?? 0) + 1) } return orig.call(this, stmt) }
const payload = await getPayload({ config })
const body = (i: number) => { const c = issueChallenge(payloadSecret()); const [a, b] = c.question.match(/\d+/g)!.map(Number); return { kind: 'question', subject: `咨询优待证办理 ${i}`, body: '请问退役军人优待证在哪里办理,需要带哪些材料?', name: '测试', phone: `139${String(i).padStart(8, '0')}`, consent: true, submissionKey: randomUUID(), challenge: c.token, answer: String(a + b) } }
for (let i = 0; i < 30; i++) await submitEnquiry(payload, body(i), { ip: '10.0.0.1' })
logging = true
await submitEnquiry(payload, body(99999), { ip: '10.0.0.1' })
logging = false
for (const [s, n] of sqls) console.log(n, s.slice(0, 300))
const bodies = Array.from({ length: N }, (_, i) => body(1000 + i))
const t0 = process.cpuUsage(); const w0 = performance.now()
for (const b of bodies) { const r = await submitEnquiry(payload, b, { ip: '10.0.0.2' }); if (r.status !== 201) console.log(r) }
const u = process.cpuUsage(t0)
console.log(`cpu ms/sub ${((u.user + u.system) / 1000 / N).toFixed(2)} (user ${(u.user/1000/N).toFixed(2)} sys ${(u.system/1000/N).toFixed(2)}) wall ${((performance.now() - w0) / N).toFixed(2)}`)
process.exit(0)
