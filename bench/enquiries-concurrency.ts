/**
 * Concurrency: 1,000 submissions at once → every 2xx has exactly one stored, complete case with
 * a unique tracking code; reports submissions per second. Also replays 100 of them (client
 * retries) and checks no second case appears.
 * BENCH_WORKERS=N runs the production site process (primary + N workers behind the caching front
 * server) instead of the Astro build alone, and reports how the CPU time spread over the processes.
 * The submissions come from many readers, as in production behind nginx (deploy/nginx): each
 * from its own address, passed on in X-Forwarded-For (the site runs with TRUST_PROXY=1), under
 * the default rate limits. BENCH_ONE_ADDRESS=1 sends them all from this machine's one address
 * with the per-address limit raised to a million a minute, as the bench did before 2026-12-04:
 * that address's entry in the rate-limit store then holds every attempt of the last minute (up
 * to 2,000), read and written back on each submission, which no real reader costs.
 * Before the CPU is counted, BENCH_WARM_UP valid submissions per worker (default 300) go
 * through, from addresses and phones of their own, so that what is measured is a running site's
 * cost per submission, not V8 compiling the create path in the first few hundred (the warm-up
 * before 2026-12-04 sent only invalid ones, which stop at validation). Each worker compiles for
 * itself, so the warm-up grows with the workers: 300 in all left two workers 150 each, and their
 * V8 threads still spent 1.6 ms per measured submission compiling, against 0.7 ms for one worker
 * warmed with 300 (cpuMsPerSubmissionByThread). BENCH_WARM_UP=0 is the old way.
 * Usage: tsx bench/enquiries-concurrency.ts [count]  → bench/results/enquiries-concurrency[-cluster].json
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { cpuMsByThreadName, describeMachine, startMachineReport } from './lib/machine'
import { buildSite, isComplete, solvedChallenge, startSite, storedCases, submitJson, validBody } from './lib/enquirySite'

const count = Number(process.argv[2] ?? 1000)
const port = Number(process.env.BENCH_PORT ?? 4443)
const workers = process.env.BENCH_WORKERS ? Number(process.env.BENCH_WORKERS) : undefined
const oneAddress = process.env.BENCH_ONE_ADDRESS === '1'
const warmUp = Number(process.env.BENCH_WARM_UP ?? 300) * (workers ?? 1)
/** The reader behind submission `index`: an address of its own (private range 10/8). */
const readerAddress = (index: number) => (oneAddress ? undefined : `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`)

type CpuMs = { user: number; system: number }

/** CPU milliseconds (user and system) used so far by each process under `root` (Linux /proc). */
const cpuByProcess = (root: number): Map<number, CpuMs> => {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
        return [{ pid: Number(pid), parent: Number(fields[1]), ms: { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 } }]
      } catch {
        return []
      }
    })
  const tree = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const stat of stats) if (tree.has(stat.parent) && !tree.has(stat.pid)) grew = Boolean(tree.add(stat.pid))
  }
  return new Map(stats.filter((stat) => tree.has(stat.pid)).map((stat) => [stat.pid, stat.ms]))
}

buildSite()
// Many readers: the default per-address limit (30 an hour) holds, each address submits once.
const site = await startSite({ port, workers, env: oneAddress ? {} : { TRUST_PROXY: '1', ENQUIRY_RATE_IP: '' } })
try {
  const check = await solvedChallenge(site.url)
  const loadBefore = loadavg().map((load) => Number(load.toFixed(2)))
  const bodies = await Promise.all(Array.from({ length: count }, async (_, index) => validBody(await solvedChallenge(site.url), index)))
  // Warm every worker (Payload starts on a worker's first submission) with invalid ones: 400, nothing stored.
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(Array.from({ length: 8 * (workers ?? 1) }, (_, index) => submitJson(site.url, { ...validBody(check, index), phone: 'warm-up' }).then((response) => response.text())))
  }
  // Then valid ones, stored like the rest: readers and phones after the measured ones' (index ≥ count).
  const warmBodies = await Promise.all(Array.from({ length: warmUp }, async (_, index) => validBody(await solvedChallenge(site.url), count + index)))
  for (let from = 0; from < warmUp; from += 50) {
    const statuses = await Promise.all(
      warmBodies.slice(from, from + 50).map((body, index) => submitJson(site.url, body, readerAddress(count + from + index)).then(async (response) => (await response.text(), response.status))),
    )
    if (statuses.some((status) => status !== 201)) throw new Error(`warm-up submissions answered ${[...new Set(statuses)].join(', ')}`)
  }
  const machine = startMachineReport()
  const cpuBefore = cpuByProcess(site.process.pid!)
  const threadsBefore = cpuMsByThreadName(cpuBefore.keys())
  const clientBefore = process.cpuUsage()
  const started = performance.now()
  const answers = await Promise.all(
    bodies.map(async (body, index) => {
      const response = await submitJson(site.url, body, readerAddress(index))
      return { status: response.status, ...((await response.json()) as { trackingCode?: string; secret?: string }) }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const client = process.cpuUsage(clientBefore)
  const cpuAfter = cpuByProcess(site.process.pid!)
  const threadsAfter = cpuMsByThreadName(cpuAfter.keys())
  const machineReport = machine.finish()
  const used = [...cpuAfter].map(([pid, ms]) => ({ user: ms.user - (cpuBefore.get(pid)?.user ?? 0), system: ms.system - (cpuBefore.get(pid)?.system ?? 0) }))
  const cpuSecondsByProcess = used
    .map((ms) => Number(((ms.user + ms.system) / 1000).toFixed(2)))
    .filter((used) => used > 0.05)
    .sort((a, b) => b - a)
  const replays = await Promise.all(
    bodies.slice(0, 100).map(async (body, index) => (await (await submitJson(site.url, body, readerAddress(index))).json()) as { trackingCode?: string }),
  )

  const rows = storedCases(site.dataDir)
  const byCode = new Map<string, number>()
  for (const row of rows) byCode.set(row.tracking_code, (byCode.get(row.tracking_code) ?? 0) + 1)
  const accepted = answers.filter((answer) => answer.status === 201)
  const result = {
    submissions: count,
    accepted: accepted.length,
    statuses: answers.reduce<Record<number, number>>((all, answer) => ({ ...all, [answer.status]: (all[answer.status] ?? 0) + 1 }), {}),
    warmUp,
    warmUpPerWorker: warmUp / (workers ?? 1),
    stored: rows.length - warmUp,
    uniqueCodes: new Set(accepted.map((answer) => answer.trackingCode)).size,
    everyAcceptedStoredOnce: accepted.every((answer) => byCode.get(answer.trackingCode!) === 1),
    allComplete: rows.every(isComplete),
    replaysAnsweredWithSameCode: replays.every((replay, index) => replay.trackingCode === answers[index].trackingCode),
    storedAfterReplays: storedCases(site.dataDir).length - warmUp,
    seconds: Number(seconds.toFixed(2)),
    submissionsPerSecond: Math.round(count / seconds),
    site: workers ? `server.ts, ${workers} workers behind the front server` : 'Astro build alone, one process',
    readers: oneAddress ? 'one address, per-address limit raised to 1,000,000 a minute' : 'one address each (X-Forwarded-For, TRUST_PROXY=1), default limits',
    cpuSecondsByProcess,
    cpuMsPerSubmissionByThread: Object.fromEntries(
      [...threadsAfter]
        .map(([name, ms]) => [name, Number(((ms - (threadsBefore.get(name) ?? 0)) / count).toFixed(2))] as const)
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1]),
    ),
    // Kernel time is where the host shows most: the outbox makes a file for each receipt (here
    // one, by text message: the bodies give no e-mail address), 0.02–0.7 ms of system CPU each
    // on this VM within minutes (referenceFileMs).
    cpuMsPerSubmissionUserSystem: {
      user: Number((used.reduce((sum, ms) => sum + ms.user, 0) / count).toFixed(2)),
      system: Number((used.reduce((sum, ms) => sum + ms.system, 0) / count).toFixed(2)),
    },
    cpuMsPerSubmission: Number(((cpuSecondsByProcess.reduce((sum, used) => sum + used, 0) * 1000) / count).toFixed(1)),
    // The bench's own process sends and reads on the same two cores: what it takes is not the site's, but it competes.
    clientCpuMsPerSubmission: Number(((client.user + client.system) / 1000 / count).toFixed(1)),
    loadAverageBefore: loadBefore,
    loadAverageAtStart: machineReport.loadBefore,
    loadAverageAfter: machineReport.loadAfter,
    cpuModel: machineReport.cpuModel,
    cores: machineReport.cores,
    referenceMs: machineReport.referenceMs,
    referenceJsMs: machineReport.referenceJsMs,
    referenceFileMs: machineReport.referenceFileMs,
    measuredAt: new Date().toISOString(),
  }
  console.table(result)
  console.log(describeMachine(machineReport))
  writeFileSync(`bench/results/enquiries-concurrency${workers ? '-cluster' : ''}.json`, `${JSON.stringify(result, null, 2)}\n`)
  const ok = result.accepted === count && result.uniqueCodes === count && result.everyAcceptedStoredOnce && result.allComplete && result.replaysAnsweredWithSameCode && result.storedAfterReplays === count
  process.exitCode = ok ? 0 : 1
} finally {
  await site.stop()
}
