/**
 * The staff export's own cost, without HTTP: the export endpoint's handler (as
 * `GET /api/enquiries/export.csv` runs it) and, beside it, the two reads it could use — Payload's
 * find with the handler's read access, and the direct read it uses (src/payload/readAsStored.ts)
 * — each run as the bureau's demo handler on the stack's database, in process. Every run checks
 * that the export has a row per case the handler may read. Reports min and median per step.
 *
 * Beside the times, the CPU per run of this process and, with DB_PID (the database server's
 * process, e.g. `npm run mongo`'s), of that server's processes: on MongoDB the test server is
 * TypeScript on the same two cores, and its share is not the site's.
 *
 * Usage: DATA_DIR=/path/of/the/stack [DATABASE_URI=… DB_PID=…] npx tsx bench/exportRead.ts [runs]
 * (after bench/generateEnquiries.ts; 10,000 enquiries give the handler 7,496).
 */
import { describeMachine, startMachineReport, treeCpuSeconds } from './lib/machine'

const runs = Number(process.argv[2] ?? 12)
delete process.env.SITE_INTERNAL_URL
const { default: config } = await import('../payload.config')
const { createLocalReq, getPayload } = await import('payload')
const { enquiryKind } = await import('../src/payload/cases')
const { EXPORT_FIELDS } = await import('../src/payload/cases/domain/export')
const { exportCsv } = await import('../src/payload/cases/payload/endpoints')
const { readAsStored } = await import('../src/payload/readAsStored')

const payload = await getPayload({ config })
const [user] = (await payload.find({ collection: 'users', where: { email: { equals: 'handler@demo.example' } }, depth: 0 })).docs
const handler = { ...user, collection: 'users' as const }
const visible = (await payload.count({ collection: 'enquiries', overrideAccess: false, user: handler })).totalDocs
const select = Object.fromEntries(EXPORT_FIELDS.map((field) => [field, true]))

const STEPS: Record<string, () => Promise<number>> = {
  'export endpoint (whole answer)': async () => {
    const req = await createLocalReq({ user: handler, urlSuffix: '/api/enquiries/export.csv' }, payload)
    const text = await (await exportCsv(enquiryKind).handler(req)).text()
    return text.trim().split('\r\n').length - 1
  },
  "Payload's find with access": async () =>
    (await payload.find({ collection: 'enquiries', where: {}, select, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: false, user: handler })).docs.length,
  'readAsStored (what it uses)': async () => {
    const req = await createLocalReq({ user: handler }, payload)
    return (await readAsStored(req, { collection: 'enquiries', where: {}, fields: EXPORT_FIELDS, sort: 'createdAt' })).length
  },
}

const databasePid = process.env.DB_PID ? Number(process.env.DB_PID) : undefined
const machine = startMachineReport()
console.log(`export read: ${visible} enquiries visible to the bureau's handler; ${runs} runs per step after 3 warm-ups`)
for (const [name, step] of Object.entries(STEPS)) {
  const taken: number[] = []
  let cpu = { user: 0, system: 0 }
  let databaseCpu = 0
  for (let index = 0; index < runs + 3; index += 1) {
    if (index === 3) [cpu, databaseCpu] = [process.cpuUsage(), databasePid ? treeCpuSeconds(databasePid) : 0]
    const started = performance.now()
    const rows = await step()
    if (index >= 3) taken.push(performance.now() - started)
    if (rows !== visible) throw new Error(`${name}: ${rows} rows, not ${visible}`)
  }
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000 / runs
  const databaseMs = databasePid ? ((treeCpuSeconds(databasePid) - databaseCpu) * 1000) / runs : undefined
  taken.sort((a, b) => a - b)
  console.log(
    `  ${name.padEnd(32)} min ${String(Math.round(taken[0])).padStart(5)} ms  median ${String(Math.round(taken[Math.floor(runs / 2)])).padStart(5)} ms` +
      `  CPU ${String(Math.round(cpuMs)).padStart(4)} ms here${databaseMs === undefined ? '' : `, ${Math.round(databaseMs)} ms in the database server`}`,
  )
}
console.log(describeMachine(machine.finish()))
process.exit(0)
