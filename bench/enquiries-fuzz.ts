/**
 * Fuzz: 10,000 generated bad submissions → every one answered 400 with field errors, no 5xx,
 * nothing stored. Usage: tsx bench/enquiries-fuzz.ts [count]  → bench/results/enquiries-fuzz.json
 */
import { writeFileSync } from 'node:fs'

import fc from 'fast-check'

import { isIdCardNumber } from '../src/payload/cases/domain/personalData'
import { buildSite, solvedChallenge, startSite, storedCases, submitJson, validBody } from './lib/enquirySite'
import { describeMachine, startMachineReport } from './lib/machine'

const count = Number(process.argv[2] ?? 10_000)
const port = Number(process.env.BENCH_PORT ?? 4442)

const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }))
const badField = {
  kind: fc.oneof(notString, fc.string().filter((value) => !['question', 'help', 'complaint', 'suggestion'].includes(value))),
  subject: fc.oneof(notString, fc.string({ maxLength: 3 }), fc.string({ minLength: 51, maxLength: 200 }).filter((value) => value.trim().length > 50)),
  body: fc.oneof(notString, fc.string({ maxLength: 9 }), fc.string({ minLength: 3001, maxLength: 3100 }).filter((value) => value.trim().length > 3000)),
  name: fc.oneof(notString, fc.constant(''), fc.constant('   '), fc.string({ minLength: 31, maxLength: 80 }).filter((value) => value.trim().length > 30)),
  phone: fc.oneof(notString, fc.string({ maxLength: 14 }).filter((value) => !/^1[3-9]\d{9}$/.test(value.trim()))),
  idCard: fc.oneof(fc.integer(), fc.stringMatching(/^\d{17}[0-9X]$/).filter((value) => !isIdCardNumber(value)), fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '' && !isIdCardNumber(value.trim()))),
  email: fc.oneof(fc.integer(), fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '' && !value.includes('@'))),
  consent: fc.oneof(fc.constant(false), fc.constant('on'), fc.constant(1), fc.constant(null)),
  submissionKey: fc.oneof(notString, fc.string({ maxLength: 15 })),
  preferredStation: fc.oneof(fc.integer(), fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '' && !/^[0-9a-fA-F-]{24,36}$/.test(value.trim()))),
  topic: fc.oneof(fc.integer(), fc.string({ minLength: 1 }).filter((value) => !['preferentialCare', 'employment', 'resettlement', 'honours', 'rights', 'support', 'general'].includes(value))),
}

type Field = keyof typeof badField
const fields = Object.keys(badField) as Field[]

/** A valid submission with one to three fields spoiled, or a body that is not a submission at all. */
const badSubmission = (base: Record<string, unknown>) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }).chain((spoiled) =>
      fc.tuple(...spoiled.map((field) => badField[field])).map((values) => {
        const body: Record<string, unknown> = { ...base }
        spoiled.forEach((field, index) => (body[field] = values[index]))
        return body
      }),
    ) },
    { weight: 1, arbitrary: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.anything())) },
  )

buildSite()
const site = await startSite({ port })
const machine = startMachineReport()
try {
  const check = await solvedChallenge(site.url)
  const before = storedCases(site.dataDir).length
  const samples = fc.sample(badSubmission(validBody(check, 1)), count)
  const statuses = new Map<number, number>()
  const failures: unknown[] = []
  const started = performance.now()
  for (let offset = 0; offset < samples.length; offset += 50) {
    await Promise.all(
      samples.slice(offset, offset + 50).map(async (body) => {
        const response = await submitJson(site.url, body)
        const answer = (await response.json().catch(() => null)) as { errors?: Record<string, string> } | null
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const fieldErrors = answer?.errors ? Object.keys(answer.errors).length : 0
        if (response.status !== 400 || !fieldErrors) failures.push({ status: response.status, body, answer })
      }),
    )
  }
  const seconds = (performance.now() - started) / 1000
  const stored = storedCases(site.dataDir).length - before
  const result = {
    inputs: samples.length,
    statuses: Object.fromEntries(statuses),
    fiveHundreds: [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0),
    withoutFieldErrors: failures.length,
    stored,
    seconds: Number(seconds.toFixed(1)),
    requestsPerSecond: Math.round(samples.length / seconds),
    machine: machine.finish(),
  }
  console.table(result)
  console.log(describeMachine(result.machine))
  if (failures.length) console.log('first failures', JSON.stringify(failures.slice(0, 3), null, 1).slice(0, 3000))
  writeFileSync('bench/results/enquiries-fuzz.json', `${JSON.stringify(result, null, 2)}\n`)
  process.exitCode = failures.length || stored ? 1 : 0
} finally {
  await site.stop()
}
