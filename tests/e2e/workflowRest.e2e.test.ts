import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ROLES } from '../../src/payload/constants/roles'
import { chainFor, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../../src/payload/workflow/chains'
import { restWorkflow } from '../helpers/restWorkflow'
import { testDatabase } from '../helpers/testDatabase'
import { editData, expectedRoles, MATRIX_ACTIONS, type MatrixAction, matrixData, matrixStep } from '../helpers/workflowMatrix'

/** The workflow access matrix over REST; the attacks on the chain are in tests/security/reviewChain.e2e.test.ts. */
describe('workflow over REST', () => {
  let rest: Awaited<ReturnType<typeof restWorkflow>>
  const matrix: Record<string, Record<string, string>> = {}

  const run = async (collection: WorkflowCollection, action: MatrixAction, token: string) => {
    if (action === 'create') return rest.call(token, 'POST', `/${collection}?draft=true`, matrixData(collection, rest.refs))
    const { from, stage, input } = matrixStep(action)
    const id = await rest.fixture(collection, from, stage)
    if (action === 'edit') return rest.call(token, 'PATCH', `/${collection}/${id}?draft=true`, editData(collection))
    if (action === 'delete') return rest.call(token, 'DELETE', `/${collection}/${id}`)
    return rest.call(token, 'POST', `/${collection}/${id}/workflow`, input)
  }

  beforeAll(async () => {
    rest = await restWorkflow(inject('adminUrl'))
  })

  afterAll(async () => {
    await rest.removeFixtures()
    const cells = Object.values(matrix).reduce((sum, row) => sum + Object.keys(row).length, 0)
    console.log(`workflow access matrix (REST): ${cells} cells`)
    console.table(matrix)
  })

  // REST answers the same on either database; what differs, each rule's query, runs for every
  // collection on both in accessMatrix.int. So the MongoDB lane takes one collection of each chain.
  const chains = new Set<unknown>()
  const collections = testDatabase() === 'mongodb' ? WORKFLOW_COLLECTIONS.filter((collection) => !chains.has(chainFor(collection)) && Boolean(chains.add(chainFor(collection)))) : WORKFLOW_COLLECTIONS
  for (const collection of collections) {
    for (const action of MATRIX_ACTIONS) {
      const allowed = expectedRoles(collection, action)
      if (!allowed) continue
      for (const role of ROLES) {
        const expected = allowed.includes(role)
        it(`should ${expected ? 'allow' : 'deny'} ${role} to ${action} ${collection} over REST`, async () => {
          const { ok } = await run(collection, action, rest.tokens.get(role)!)
          matrix[`${collection} · ${action}`] ??= {}
          matrix[`${collection} · ${action}`][role] = ok ? '✓ allowed' : '✗ denied'
          expect(ok).toBe(expected)
        })
      }
    }
  }
})
