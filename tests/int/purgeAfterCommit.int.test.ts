import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DatabaseSync } from 'node:sqlite'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newestPurge, SITE_PURGES } from '../../src/payload/siteCache'
import { testDatabase } from '../helpers/testDatabase'
import { lexicalBody } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/**
 * The public site re-renders as soon as a purge arrives, from another process: the purge must
 * come after the change is committed, or the site caches the old content as new. The fake site
 * here reads the changed value from outside the saving transaction when the purge arrives.
 * Payload's SQLite adapter runs without transactions (each write commits at once), so on SQLite
 * this holds with or without afterCommit; on MongoDB (a replica set, where Payload does use
 * transactions) it is what afterCommit guarantees. On the MongoDB lane the URI names a replica
 * set, so Payload runs its transaction path, and the last test checks each purge comes after the
 * driver's commit. tests/unit/afterCommit.unit.test.ts tests the mechanism.
 */
describe('purge of the public site after a change', () => {
  let payload: Payload
  let site: Server
  const seenAtPurge: string[] = []
  const purges: { collection?: string; id?: string; purge?: string }[] = []

  /** What another process sees now: the SQLite file through its own connection; on MongoDB a read outside any transaction. */
  const committedHost = async (): Promise<string> => {
    if (testDatabase() === 'sqlite') {
      const file = process.env.DATABASE_URI!.replace(/^file:/, '')
      const reader = new DatabaseSync(file, { readOnly: true })
      try {
        return String((reader.prepare('select host from site_settings').get() as { host: string }).host)
      } finally {
        reader.close()
      }
    }
    return (await payload.findGlobal({ slug: 'siteSettings', depth: 0 })).host
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    site = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', async () => {
        if (req.url === '/_cache/purge') purges.push(JSON.parse(body))
        if (req.url === '/_cache/purge') seenAtPurge.push(await committedHost())
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    process.env.SITE_INTERNAL_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    delete process.env.SITE_INTERNAL_URL
    site.close()
    await releaseTestPayload(payload)
  })

  it('should purge once the change is visible to other processes, before the save returns', async () => {
    for (const host of ['南屏县退役军人事务局(一)', '南屏县退役军人事务局(二)']) {
      await payload.updateGlobal({ slug: 'siteSettings', data: { host } })
      expect(seenAtPurge.at(-1)).toBe(host)
    }
    expect(seenAtPurge).toHaveLength(2)
  })

  it('should purge when a published news item is created, and again when it is deleted', async () => {
    const created = await payload.create({
      collection: 'news',
      data: { title: '删除后刷新测试', category: 'work', body: lexicalBody('删除后刷新测试正文。') as never, source: '本站', _status: 'published' },
    })
    expect(purges.at(-1)).toEqual({ collection: 'news', id: created.id, purge: expect.any(String) })
    purges.length = 0
    const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.example' } }, limit: 1 })).docs[0]
    await payload.delete({ collection: 'news', id: created.id, user: admin, overrideAccess: false })
    expect(purges).toEqual([{ collection: 'news', id: created.id, purge: expect.any(String) }])
  })

  it('should write each purge to the purge log that site hosts elsewhere follow, and no draft', async () => {
    await payload.updateGlobal({ slug: 'siteSettings', data: { host: '南屏县退役军人事务局(四)' } })
    const logged = await newestPurge(payload)
    expect(logged).not.toBe('')
    // The host beside the admin is told which purge it was, so it does not act on it twice.
    expect(purges.at(-1)?.purge).toBe(logged)
    const draft = await payload.create({
      collection: 'news',
      data: { title: '草稿不刷新测试', category: 'work', body: lexicalBody('草稿不刷新测试正文。') as never, source: '本站', _status: 'draft' },
      draft: true,
    })
    expect(await newestPurge(payload)).toBe(logged)
    await payload.delete({ collection: 'news', id: draft.id })
    expect(await newestPurge(payload)).not.toBe(logged)
  })

  it('should keep the purge log out of every API', async () => {
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.example' } }, limit: 1 })).docs[0]
    await expect(payload.find({ collection: SITE_PURGES as 'sitePurges', user: editor, overrideAccess: false })).rejects.toThrow()
    await expect(payload.create({ collection: SITE_PURGES as 'sitePurges', data: { what: 'x' }, user: editor, overrideAccess: false })).rejects.toThrow()
  })

  it.runIf(testDatabase() === 'mongodb')('should purge only after the driver has committed the transaction, on MongoDB', async () => {
    // The driver payload.db uses is this package (the same version is pinned in package.json).
    const { ClientSession } = await import('mongodb')
    const commit = ClientSession.prototype.commitTransaction
    const events: string[] = []
    ClientSession.prototype.commitTransaction = async function (this: InstanceType<typeof ClientSession>, ...args) {
      const result = await commit.apply(this, args)
      events.push('commit')
      return result
    }
    const onPurge = () => events.push('purge')
    site.prependListener('request', onPurge)
    try {
      await payload.updateGlobal({ slug: 'siteSettings', data: { host: '南屏县退役军人事务局(三)' } })
      // Payload ran a transaction (the URI names a replica set) and the purge followed its commit
      // (the purge log's own write, in between, commits too).
      expect(events[0]).toBe('commit')
      expect(events.filter((event) => event === 'purge')).toEqual(['purge'])
      expect(events.at(-1)).toBe('purge')
      expect(seenAtPurge.at(-1)).toBe('南屏县退役军人事务局(三)')
    } finally {
      ClientSession.prototype.commitTransaction = commit
      site.removeListener('request', onPurge)
    }
  })
})
