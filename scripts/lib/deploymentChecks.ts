import { pbkdf2Sync, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { type DeploymentFacts, deploymentProblems, MIN_SECRET_LENGTH } from '../../src/payload/deployment'
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/payload/seed/demoUsers'

/**
 * Whether a stored password is this one. Payload does not export its check (auth/strategies/local),
 * so its two stored forms are read here: `pbkdf2-sha256-v1:<hex>` (600,000 rounds, 32 bytes) and
 * the older bare hex (25,000 rounds, 512 bytes). Used only for the demo password, never to sign in.
 */
export const passwordMatches = (stored: { hash?: unknown; salt?: unknown }, password: string): boolean => {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(current ? stored.hash.slice('pbkdf2-sha256-v1:'.length) : stored.hash, 'hex')
  const derived = pbkdf2Sync(password, stored.salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return derived.length === expected.length && timingSafeEqual(derived, expected)
}

/** The facts of this start: the environment, and the demo accounts that still have the demo password. */
export const deploymentFacts = async (payload: Payload, env: Record<string, string | undefined> = process.env): Promise<DeploymentFacts> => {
  const demo = await payload.find({
    collection: 'users',
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    showHiddenFields: true,
    pagination: false,
    depth: 0,
  })
  return {
    secretFromEnvironment: (env.PAYLOAD_SECRET?.length ?? 0) >= MIN_SECRET_LENGTH,
    demoAccountsWithDemoPassword: demo.docs.filter((user) => passwordMatches(user as never, DEMO_PASSWORD)).map((user) => user.email),
    siteUrl: env.SITE_URL,
    adminUrl: env.PAYLOAD_PUBLIC_SERVER_URL,
  }
}

export const productionProblems = async (payload: Payload, env: Record<string, string | undefined> = process.env): Promise<string[]> =>
  deploymentProblems(await deploymentFacts(payload, env))
