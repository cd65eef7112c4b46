import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload 3.90's password hash (generatePasswordSaltHash: "pbkdf2-sha256-v1:", 600,000 rounds of
 * PBKDF2-SHA256, 32-byte key, 32-byte salt as hex). Payload does not export it;
 * tests/security/accounts.unit.test.ts fails if a Payload upgrade changes it.
 */
export const PASSWORD_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32, saltBytes: 32 } as const

/**
 * The work Payload does to check a password, done for an address with no account, so a wrong
 * password costs the same time whether the account exists or not. The result is thrown away.
 */
export const hashAsForUnknownAccount = async (password: string): Promise<void> => {
  const salt = randomBytes(PASSWORD_HASH.saltBytes).toString('hex')
  const derived = await pbkdf2Async(password, salt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, 'sha256')
  timingSafeEqual(derived, randomBytes(PASSWORD_HASH.keyLength))
}
