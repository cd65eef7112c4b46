import { randomUUID } from 'node:crypto'
import { request } from 'node:http'

import { DEFAULT_LIMITS } from '../../src/payload/cases/domain/rateLimit'

export type Answer = { status: number; body: Record<string, unknown> }

/**
 * One request on a connection of its own (no keep-alive), from a loopback address of the test's
 * own, so the site's cluster hands successive requests to different workers and no other test's
 * submissions count against this address.
 */
export const send = (url: string, from: string, method: 'GET' | 'POST', body?: unknown): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method,
        agent: false,
        localAddress: from,
        headers: { origin: target.origin, connection: 'close', ...(data && { 'content-type': 'application/json', 'content-length': data.length }) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') }))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(data)
  })

/** A loopback address no other test uses (127.x.y.z). */
export const ownLoopbackAddress = (): string => {
  const octet = () => 1 + Math.floor(Math.random() * 250)
  return `127.${octet()}.${octet()}.${octet()}`
}

/** The per-IP submission limit the stack runs with (ENQUIRY_RATE_IP, as cases/payload/services/limits.ts reads it). */
export const ipLimit = (): number => {
  const [count, seconds] = (process.env.ENQUIRY_RATE_IP ?? '').split('/').map(Number)
  return count > 0 && seconds > 0 ? count : DEFAULT_LIMITS.submitPerIp.limit
}

/** The challenge of the public forms, asked from `from`. */
export const challengeFor = async (siteUrl: string, from: string): Promise<Record<string, unknown>> => (await send(`${siteUrl}/enquiry/api/challenge`, from, 'GET')).body

/** Submits enquiry number `index` from `from` with a challenge answered by the written sum. */
export const submitEnquiry = (siteUrl: string, from: string, index: number, challenge: Record<string, unknown>, submissionKey: string = randomUUID()): Promise<Answer> => {
  const [a, b] = String(challenge.question).match(/\d+/g)!.map(Number)
  return send(`${siteUrl}/enquiry/api/submit`, from, 'POST', {
    kind: 'question',
    subject: `限流检查第 ${index + 1} 件`,
    body: '检查同一地址的提交次数限制在所有进程之间共同计算。',
    name: '测试',
    phone: `137${String(index).padStart(8, '0')}`,
    consent: true,
    submissionKey,
    challenge: challenge.token,
    answer: String(a + b),
  })
}
