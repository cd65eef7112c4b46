/**
 * What a request costs before any case work: CPU milliseconds per request of the production site
 * process (2 workers behind the front server, as `npm start` runs it) for a trivial endpoint
 * (GET /enquiry/api/challenge) and for a submission refused by validation (400, nothing stored),
 * 3,000 of each, 50 at a time. Set beside bench/enquiries-concurrency.ts, it tells how much of a
 * submission's CPU goes to HTTP, the front server and Astro (issue 20).
 * Usage: tsx bench/requestOverhead.ts  (BENCH_SKIP_BUILD=1 reuses .build/enquiries)
 */
import { describeMachine, startMachineReport, treeCpuSeconds } from './lib/machine'
import { buildSite, startSite } from './lib/enquirySite'

const COUNT = 3000
const AT_ONCE = 50

buildSite()
const site = await startSite({ port: Number(process.env.BENCH_PORT ?? 4471), workers: 2, env: { TRUST_PROXY: '1', ENQUIRY_RATE_IP: '' } })

/** CPU ms per request of the site's process tree while `COUNT` requests from `send` are answered. */
const cpuPerRequest = async (send: (index: number) => Promise<Response>, expected: number) => {
  const before = treeCpuSeconds(site.process.pid!)
  let next = 0
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      while (next < COUNT) {
        const response = await send(next++)
        await response.arrayBuffer()
        if (response.status !== expected) throw new Error(`answered ${response.status}, expected ${expected}`)
      }
    }),
  )
  return Number((((treeCpuSeconds(site.process.pid!) - before) * 1000) / COUNT).toFixed(2))
}

try {
  const challenge = () => fetch(`${site.url}/enquiry/api/challenge`)
  for (let index = 0; index < 200; index += 1) await (await challenge()).arrayBuffer()
  const machine = startMachineReport()
  const challengeMs = await cpuPerRequest(challenge, 200)
  const refusedMs = await cpuPerRequest(
    (index) =>
      fetch(`${site.url}/enquiry/api/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${(index >> 8) & 255}.${index & 255}` },
        body: JSON.stringify({ kind: 'question' }),
      }),
    400,
  )
  const report = machine.finish()
  console.log(`GET /enquiry/api/challenge: ${challengeMs} ms CPU per request; a submission refused by validation (400): ${refusedMs} ms`)
  console.log(describeMachine(report))
} finally {
  await site.stop()
}
