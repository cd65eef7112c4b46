import { type AfterErrorHook, APIError, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { addressBucket } from '../rules/clientAddress'
import { loginThrottle } from './loginThrottle'
import { sendThrottleNotice } from './throttleNotice'
import { retryAfterSeconds } from './throttleSchedule'
import { hashAsForUnknownAccount } from './unknownAccountHash'

/** A login attempt's keys, waiting in req.context.loginAttempt for the outcome (see countFailedLogin). */
export type LoginAttempt = { account: string; client?: string; address?: string; owner?: { email: string; name?: string | null } }

/**
 * The client's address as the admin's own server (scripts/adminServer.ts) passes it on: that
 * server replaces X-Forwarded-For with the one address it trusts. Local API logins have none.
 */
const requestAddress = (req: PayloadRequest): string | undefined =>
  req.headers?.get('x-forwarded-for')?.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1)

/**
 * 429 with a Chinese message. Named explicitly: the production build strips class names, and
 * Payload's REST answer keeps an error's message only when the error has a name.
 */
class LoginThrottled extends APIError {
  constructor(seconds: number) {
    super(`登录尝试过于频繁,请 ${seconds} 秒后再试。`, 429, null, true)
    this.name = 'LoginThrottled'
  }
}

/**
 * Before Payload checks a password (REST, the admin's login form, GraphQL loginUser and the
 * Local API all run this operation): refuses an attempt that must still wait with 429 and
 * Retry-After, and for an address without an account spends the time Payload spends on a
 * password check, then lets Payload answer its usual "wrong e-mail or password". So known and
 * unknown addresses get the same status, message, time and throttling.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload answers a missing field itself, before any password is checked.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const address = requestAddress(req)
  const attempt: LoginAttempt = { account: email.toLowerCase().trim(), address, client: address && addressBucket(address) }
  const wait = loginThrottle().wait(attempt)
  if (wait > 0) {
    const seconds = retryAfterSeconds(wait)
    req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
    throw new LoginThrottled(seconds)
  }
  const owner = await req.payload.db.findOne<{ id: string; email: string; name?: string | null }>({
    collection: 'users',
    where: { email: { equals: attempt.account } },
    select: { email: true, name: true },
    req,
  })
  if (owner) attempt.owner = { email: owner.email, name: owner.name }
  else await hashAsForUnknownAccount(password)
  req.context.loginAttempt = attempt
  return args
}

/**
 * Counts a login that failed on its password (401, for known and unknown addresses alike) and
 * tells the owner once a window. Registered as Payload's global afterError hook, which both the
 * REST and the GraphQL routes run; a successful login never gets here, so it never counts.
 */
export const countFailedLogin: AfterErrorHook = ({ error, req }) => {
  const attempt = req?.context?.loginAttempt
  // GraphQL hands over its own error wrapping Payload's (originalError).
  const { status, originalError } = error as { status?: number; originalError?: { status?: number } }
  if (!attempt || (status ?? originalError?.status) !== 401) return
  delete req.context.loginAttempt
  if (loginThrottle().fail(attempt) && attempt.owner) sendThrottleNotice(req.payload, attempt.owner, attempt.address)
}

/** The owner signed in: earlier failures on the account no longer count. */
export const forgiveOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  delete req.context.loginAttempt
  if (user.email) loginThrottle().forgive(user.email.toLowerCase().trim())
}

/** An admin's unlock (admin only, see Users.access.unlock) also ends the account's wait. */
export const forgiveOnUnlock: CollectionAfterOperationHook = ({ args, operation, result }) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation === 'unlock' && result && typeof email === 'string') loginThrottle().forgive(email.toLowerCase().trim())
  return result
}
