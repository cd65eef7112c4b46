import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/**
 * The anti-abuse check, needing no third-party service. Each form carries a signed challenge
 * with two ways to pass it: the island solves a small proof of work in the background, and
 * without JavaScript the person answers a sum written as text (readable by screen readers).
 */
export type Challenge = { token: string; question: string; bits: number }

type Payload = { e: number; r: string; a: number; b: number; d: number }

const DEFAULT_BITS = 14
const LIFETIME_MS = 2 * 60 * 60 * 1000

export const powBits = (): number => Number(process.env.ENQUIRY_POW_BITS ?? DEFAULT_BITS)

const sign = (body: string, key: string) => createHmac('sha256', key).update(`challenge:${body}`).digest('base64url')

const questionOf = ({ a, b }: Pick<Payload, 'a' | 'b'>) => `${a} 加 ${b} 等于多少?`

export const issueChallenge = (key: string, now = Date.now(), bits = powBits()): Challenge => {
  const payload: Payload = { e: now + LIFETIME_MS, r: randomBytes(9).toString('base64url'), a: randomInt(1, 10), b: randomInt(1, 10), d: bits }
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return { token: `${body}.${sign(body, key)}`, question: questionOf(payload), bits }
}

const readToken = (token: string, key: string): Payload | null => {
  const [body, signature] = token.split('.')
  if (!body || !signature) return null
  const expected = Buffer.from(sign(body, key))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload
  } catch {
    return null
  }
}

export const leadingZeroBits = (digest: Buffer): number => {
  let bits = 0
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

export const powDigest = (token: string, nonce: string): Buffer => createHash('sha256').update(`${token}:${nonce}`).digest()

/** What the island does in the browser, here for tests and benches. */
export const solvePow = (token: string, bits: number): string => {
  for (let nonce = 0; ; nonce += 1) if (leadingZeroBits(powDigest(token, String(nonce))) >= bits) return String(nonce)
}

const toAsciiDigits = (value: string) => value.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).trim()

export type ChallengeAnswer = { token?: unknown; pow?: unknown; answer?: unknown }

/** null when passed; otherwise the message to show next to the check. */
export const checkChallenge = (input: ChallengeAnswer, key: string, now = Date.now()): string | null => {
  const payload = typeof input.token === 'string' && input.token.length < 400 ? readToken(input.token, key) : null
  if (!payload) return '页面校验信息无效,请刷新页面后重新提交'
  if (payload.e < now) return '页面停留时间过长,请回答新的验证问题后重新提交'
  if (typeof input.pow === 'string' && input.pow.length <= 20 && leadingZeroBits(powDigest(input.token as string, input.pow)) >= payload.d) {
    return null
  }
  if (typeof input.answer === 'string' && toAsciiDigits(input.answer) === String(payload.a + payload.b)) return null
  return '验证问题回答不正确,请重新计算后填写'
}

/** The question of a token (to show it again after a failed submission). */
export const questionOfToken = (token: string, key: string): string | null => {
  const payload = readToken(token, key)
  return payload ? questionOf(payload) : null
}
