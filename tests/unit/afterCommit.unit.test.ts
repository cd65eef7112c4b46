import { describe, expect, it } from 'vitest'

import { afterCommit, installAfterCommit } from '../../src/payload/siteCache/afterCommit'

const fakeDb = () => {
  const log: string[] = []
  const db = {
    commitTransaction: async (id: number | string | Promise<number | string>) => {
      log.push(`commit ${await id}`)
    },
    rollbackTransaction: async (id: number | string | Promise<number | string>) => {
      log.push(`rollback ${await id}`)
    },
  }
  installAfterCommit(db as never)
  return { db, log }
}

describe('afterCommit', () => {
  it('should run a callback only after its own transaction commits', async () => {
    const { db, log } = fakeDb()
    await afterCommit({ transactionID: 'a' }, () => log.push('purge a'))
    await afterCommit({ transactionID: 'b' }, () => log.push('purge b'))
    expect(log).toEqual([])
    await db.commitTransaction('a')
    expect(log).toEqual(['commit a', 'purge a'])
    await db.commitTransaction('b')
    expect(log).toEqual(['commit a', 'purge a', 'commit b', 'purge b'])
  })

  it('should wait for a transaction that is still starting (a promise of its id)', async () => {
    const { db, log } = fakeDb()
    await afterCommit({ transactionID: Promise.resolve('c') }, () => log.push('purge c'))
    await db.commitTransaction(Promise.resolve('c'))
    expect(log).toEqual(['commit c', 'purge c'])
  })

  it('should never run the callback of a rolled back transaction', async () => {
    const { db, log } = fakeDb()
    await afterCommit({ transactionID: 'd' }, () => log.push('purge d'))
    await db.rollbackTransaction('d')
    await db.commitTransaction('d')
    expect(log).toEqual(['rollback d', 'commit d'])
  })

  it('should run at once without a transaction', async () => {
    const log: string[] = []
    await afterCommit({ transactionID: undefined }, () => log.push('purge'))
    expect(log).toEqual(['purge'])
  })

  it('should run at once when the request holds no real transaction id (a promise of null, or the {} Payload’s dataloader leaves)', async () => {
    const log: string[] = []
    await afterCommit({ transactionID: Promise.resolve(null) as never }, () => log.push('after a promise of null'))
    await afterCommit({ transactionID: {} as never }, () => log.push('after {}'))
    expect(log).toEqual(['after a promise of null', 'after {}'])
  })

  it('should wrap an adapter only once', async () => {
    const { db, log } = fakeDb()
    installAfterCommit(db as never)
    await afterCommit({ transactionID: 'e' }, () => log.push('purge e'))
    await db.commitTransaction('e')
    expect(log).toEqual(['commit e', 'purge e'])
  })
})
