import type { DatabaseAdapterObj } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { readBackOnly, withSelectiveReadBack } from '../../src/payload/selectiveReadBack'

describe('selective read-back after a create', () => {
  const adapterWith = (create: (args: unknown) => unknown) =>
    withSelectiveReadBack({ name: 'test', defaultIDType: 'text', init: () => ({ create }) } as unknown as DatabaseAdapterObj).init({ payload: {} } as never)

  it('should have the database read back only what the create’s context selects', async () => {
    const create = vi.fn(async (_args: unknown) => ({ id: '1' }))
    const adapter = adapterWith(create)
    await adapter.create({ collection: 'enquiries', data: {}, req: { context: readBackOnly({ trackingCode: true }) } } as never)
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ select: { trackingCode: true } }))
  })

  it('should leave every other create as Payload made it', async () => {
    const create = vi.fn(async (_args: unknown) => ({ id: '1' }))
    const adapter = adapterWith(create)
    await adapter.create({ collection: 'news', data: {}, req: { context: {} } } as never)
    await adapter.create({ collection: 'news', data: {}, select: { title: true }, req: { context: readBackOnly({ trackingCode: true }) } } as never)
    expect(create.mock.calls.map(([args]) => (args as { select?: unknown }).select)).toEqual([undefined, { title: true }])
  })
})
