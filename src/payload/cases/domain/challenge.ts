import { createHash, createHmac, createSecretKey, type KeyObject, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

import { leadingZeroBits } from './proofOfWork'

/**
 * The anti-abuse check, needing no third-party service. Each form carries a signed challenge
 * with two ways to pass it: the island solves a small proof of work in the background, and
 * without JavaScript the person answers a sum written as text (readable by screen readers).
 */
export type Challenge = { token: string; question: string; bits: number }

/**
 * What a token carries: its expiry, a random id (each token is accepted once) and the proof-of-work
 * difficulty, readable; of the written sum only a keyed hash of the answer, so neither the
 * numbers nor the answer can be read or tried offline without the key.
 */
type Payload = { e: number; r: string; d: number; h: string }

const DEFAULT_BITS = 14
const LIFETIME_MS = 2 * 60 * 60 * 1000

export const powBits = (): number => Number(process.env.ENQUIRY_POW_BITS ?? DEFAULT_BITS)

/** The secret as a KeyObject, made once: an HMAC keyed with a string prepares the key each time, about 10 µs. */
let prepared: { secret: string; key: KeyObject } | undefined
const keyOf = (secret: string): KeyObject => {
  if (prepared?.secret !== secret) prepared = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) }
  return prepared.key
}

const sign = (body: string, key: string) => createHmac('sha256', keyOf(key)).update(`challenge:${body}`).digest('base64url')

const answerHash = (id: string, answer: string, key: string) => createHmac('sha256', keyOf(key)).update(`challenge-answer:${id}:${answer}`).digest('base64url')

export const issueChallenge = (key: string, now = Date.now(), bits = powBits()): Challenge => {
  const [a, b] = [randomInt(1, 10), randomInt(1, 10)]
  const id = randomBytes(12).toString('base64url')
  const payload: Payload = { e: now + LIFETIME_MS, r: id, d: bits, h: answerHash(id, String(a + b), key) }
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return { token: `${body}.${sign(body, key)}`, question: `${a} 加 ${b} 等于多少?`, bits }
}

const sameText = (a: string, b: string) => {
  const [left, right] = [Buffer.from(a), Buffer.from(b)]
  return left.length === right.length && timingSafeEqual(left, right)
}

const readToken = (token: string, key: string): Payload | null => {
  const [body, signature] = token.split('.')
  if (!body || !signature || !sameText(sign(body, key), signature)) return null
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload
  } catch {
    return null
  }
}

export const powDigest = (token: string, nonce: string): Buffer => createHash('sha256').update(`${token}:${nonce}`).digest()

/** What the island does in the browser, here for tests and benches. */
export const solvePow = (token: string, bits: number): string => {
  for (let nonce = 0; ; nonce += 1) if (leadingZeroBits(powDigest(token, String(nonce))) >= bits) return String(nonce)
}

const toAsciiDigits = (value: string) => value.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).trim()

export type ChallengeAnswer = { token?: unknown; pow?: unknown; answer?: unknown; submissionKey?: unknown }

/**
 * Records that a token was used: by the submission `holder` (a number standing for its
 * submission key), or burnt (holder 0) by a wrong answer. True when the token is new, or was
 * used by this same submission (a retry after a failed write). The site's workers share the
 * record (payload/services/limits.ts); it is kept until `expiresAt`, when the token expires anyway.
 */
export type SpendToken = (id: string, expiresAt: number, holder: number) => boolean | Promise<boolean>

/** The ledger's rule for one token: `[expiresAt, holder]` once used. */
export const spendToken = (used: readonly number[], expiresAt: number, holder: number): { allowed: boolean; times: number[] } =>
  used.length ? { allowed: holder !== 0 && used[1] === holder, times: [...used] } : { allowed: holder !== 0, times: [expiresAt, holder] }

/** A submission key as a non-zero 48-bit number (exact in a double), to keep in the ledger. */
const holderOf = (submissionKey: unknown): number => createHash('sha256').update(String(submissionKey)).digest().readUIntBE(0, 6) || 1

/** A challenge as read from a submission: the token to spend and whether it was answered. */
export type ReadChallenge = { id: string; expiresAt: number; holder: number; passed: boolean }

/**
 * Reads the challenge a submission answered: the message to show when the token is no good
 * (nothing is spent then), else the token to spend, by this submission when it was answered, or
 * burnt (holder 0) when it was not.
 */
export const readChallenge = (input: ChallengeAnswer, key: string, now = Date.now()): { error: string } | ReadChallenge => {
  const payload = typeof input.token === 'string' && input.token.length < 400 ? readToken(input.token, key) : null
  if (!payload) return { error: '页面校验信息无效,请刷新页面后重新提交' }
  if (payload.e < now) return { error: '页面停留时间过长,请回答新的验证问题后重新提交' }
  const solved = typeof input.pow === 'string' && input.pow.length <= 20 && leadingZeroBits(powDigest(input.token as string, input.pow)) >= payload.d
  const answered = typeof input.answer === 'string' && input.answer.length <= 8 && sameText(answerHash(payload.r, toAsciiDigits(input.answer), key), payload.h)
  const passed = solved || answered
  return { id: payload.r, expiresAt: payload.e, holder: passed ? holderOf(input.submissionKey) : 0, passed }
}

/** null when the challenge passed and its token was fresh (or spent by this same submission); otherwise the message. */
export const challengeOutcome = (challenge: ReadChallenge, fresh: boolean): string | null => {
  if (!challenge.passed) return '验证问题回答不正确,请重新计算后填写'
  return fresh ? null : '这道验证问题已经用过,请回答新的验证问题后重新提交'
}

/**
 * null when passed; otherwise the message to show next to the check. A token passes for one
 * submission (and its retries, which can never store a second case): a solved token cannot be
 * replayed for new submissions, and a wrong answer burns it, so the sum's few possible answers
 * cannot be tried one by one.
 */
export const checkChallenge = async (input: ChallengeAnswer, key: string, spend: SpendToken, now = Date.now()): Promise<string | null> => {
  const challenge = readChallenge(input, key, now)
  if ('error' in challenge) return challenge.error
  return challengeOutcome(challenge, await spend(challenge.id, challenge.expiresAt, challenge.holder))
}
