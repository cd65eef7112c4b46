import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { issueChallenge } from '../../src/payload/cases'
import { payloadSecret } from '../../src/payload/env'

/** A valid public submission with a solved challenge (the written-sum path). */
export const validSubmission = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
  const { token, question } = issueChallenge(payloadSecret())
  const [a, b] = question.match(/\d+/g)!.map(Number)
  return {
    kind: 'question',
    subject: '咨询优待证办理地点',
    body: '请问退役军人优待证在哪里办理,需要带哪些材料?谢谢。',
    name: '张三',
    phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    idCard: '11010519491231002X',
    consent: true,
    publishConsent: true,
    submissionKey: randomUUID(),
    challenge: token,
    answer: String(a + b),
    ...overrides,
  }
}

let ipCounter = 0
/** Each test its own client address, so the per-IP limits of one test do not bleed into another. */
export const nextIp = (): string => `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`

export const userByEmail = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0]
