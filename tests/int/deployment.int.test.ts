import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { productionProblems } from '../../scripts/lib/deploymentChecks'
import { DEMO_USERS } from '../../src/payload/seed/demoUsers'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/** The refusal of `DEPLOYMENT=production npm start`, against the seeded demo accounts as Payload stored them. */
describe('production start checks', () => {
  let payload: Payload
  const environment = { PAYLOAD_SECRET: 'x'.repeat(48), SITE_URL: 'https://tyjrswj.example.gov.cn', PAYLOAD_PUBLIC_SERVER_URL: 'https://admin.tyjrswj.example.gov.cn' }
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  it('should refuse while any demo account keeps the demo password, and start once they are changed or gone', async () => {
    const problems = await productionProblems(payload, environment)
    expect(problems).toHaveLength(DEMO_USERS.length)
    const [first, ...others] = (await payload.find({ collection: 'users', where: { email: { in: DEMO_USERS.map((user) => user.email) } }, depth: 0, pagination: false })).docs
    await payload.update({ collection: 'users', id: first.id, data: { password: 'a-long-new-password-2027' } })
    expect(await productionProblems(payload, environment)).toHaveLength(DEMO_USERS.length - 1)
    for (const user of others) await payload.delete({ collection: 'users', id: user.id })
    expect(await productionProblems(payload, environment)).toEqual([])
    expect(await productionProblems(payload, { ...environment, PAYLOAD_SECRET: 'short' })).toEqual([expect.stringContaining('PAYLOAD_SECRET')])
  })
})
