/**
 * Login timing: does a wrong password take the same time whether the e-mail address has an
 * account or not? Creates N throwaway accounts (as the demo admin), then times one wrong-password
 * login for each and one for N unknown addresses, interleaved, each pair from its own loopback
 * address (so the per-client throttle never answers instead). Prints medians, p95 and the
 * known/unknown ratios with the load average; writes bench/results/login-timing.json.
 * Usage: tsx bench/loginTiming.ts http://localhost:3000 [N=40] [admin@demo.example] [demo2026]
 */
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { loginFrom } from '../tests/helpers/loginFrom'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const [admin = 'http://localhost:3000', count = '40', email = 'admin@demo.example', password = 'demo2026'] = process.argv.slice(2)
const N = Number(count)
const run = Date.now().toString(36)

const adminLogin = await loginFrom(admin, '127.0.0.1', email, password)
if (!adminLogin.token) throw new Error(`admin login answered ${adminLogin.status}`)
const auth = { authorization: `JWT ${adminLogin.token}`, 'content-type': 'application/json' }
const ids: string[] = []
const known = Array.from({ length: N }, (_, i) => `bench-${run}-${i}@bench.example`)
for (const address of known) {
  const created = await fetch(`${admin}/api/users`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ email: address, password: `Bench-${run}-secret`, name: '计时测试', roles: ['editor'] }),
  })
  if (!created.ok) throw new Error(`creating ${address} answered ${created.status}: ${await created.text()}`)
  ids.push(((await created.json()) as { doc: { id: string } }).doc.id)
}

const load = { before: loadavg().map((x) => Number(x.toFixed(2))) }
const times = { known: [] as number[], unknown: [] as number[] }
const answers = new Set<string>()
try {
  for (let i = 0; i < N; i += 1) {
    const from = `127.9.${Math.floor(i / 200)}.${(i % 200) + 2}`
    const pair = [
      ['known', known[i]],
      ['unknown', `nobody-${run}-${i}@bench.example`],
    ] as const
    for (const [kind, address] of i % 2 ? [...pair].reverse() : pair) {
      const answer = await loginFrom(admin, from, address, 'wrong-password')
      times[kind].push(answer.ms)
      answers.add(`${answer.status} ${answer.message}`)
    }
  }
} finally {
  for (const id of ids) await fetch(`${admin}/api/users/${id}`, { method: 'DELETE', headers: auth })
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1))
}
const summary = (values: number[]) => ({ medianMs: quantile(values, 0.5), p95Ms: quantile(values, 0.95) })
const result = {
  measuredAt: new Date().toISOString(),
  admin,
  samplesEach: N,
  loadAverage: { ...load, after: loadavg().map((x) => Number(x.toFixed(2))) },
  known: summary(times.known),
  unknown: summary(times.unknown),
  ratioMedian: Number((quantile(times.known, 0.5) / quantile(times.unknown, 0.5)).toFixed(2)),
  ratioP95: Number((quantile(times.known, 0.95) / quantile(times.unknown, 0.95)).toFixed(2)),
  answers: [...answers],
}
console.log(JSON.stringify(result, null, 2))
if (process.env.BENCH_WRITE !== '0') writeFileSync('bench/results/login-timing.json', `${JSON.stringify(result, null, 2)}\n`)
console.log(describeMachine(machine.finish()))
