import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry } from '../../src/payload/cases'
import { queryEngine } from '../../src/site/lib/search/engine'
import { nextIp, userByEmail, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { lexicalBody } from '../helpers/workflowFixtures'

/** The site's search index follows published content by updating itself, not by rebuilding. */
describe('search index updates', () => {
  let payload: Payload
  let searchIndex: typeof import('../../src/site/lib/search/searchIndex')
  let state: Awaited<ReturnType<typeof searchIndex.syncIndex>>
  const urls = (query: string) => queryEngine(state.engine, query).hits.map((hit) => hit.url)

  beforeAll(async () => {
    payload = await getTestPayload()
    searchIndex = await import('../../src/site/lib/search/searchIndex')
    state = await searchIndex.syncIndex(searchIndex.emptyIndex())
  })
  afterAll(() => releaseTestPayload(payload))

  it('should index every public item and no draft', async () => {
    const published = await payload.count({ collection: 'news', where: { _status: { equals: 'published' } } })
    const drafts = await payload.find({ collection: 'news', where: { _status: { equals: 'draft' } }, limit: 1, depth: 0 })
    expect([...state.versions.keys()].filter((id) => id.startsWith('news:'))).toHaveLength(published.totalDocs)
    expect(drafts.docs[0]).toBeDefined()
    expect(state.versions.has(`news:${drafts.docs[0].id}`)).toBe(false)
  })

  it('should find words printed on the demo pages inside longer phrases: stations\' services and the commendations', () => {
    // "代办优待证申领、抚恤补助资格认证" is in two stations' services; word matching alone found neither.
    for (const query of ['抚恤补助', '资格认证']) {
      expect(urls(query), query).toEqual(expect.arrayContaining(['/stations/jiangkou-town', '/stations/chengguan-town']))
    }
    expect(urls('先进集体')).toContain('/commendations/commendation-2025-service-system')
    expect(urls('抢险')).toContain('/commendations/commendation-2026-flood-relief')
    const types = new Set(queryEngine(state.engine, '通报表扬').hits.map((hit) => hit.type))
    expect(types.has('commendations')).toBe(true)
  })

  it('should add a newly published item, replace an edited one and drop an unpublished one', async () => {
    const created = await payload.create({
      collection: 'news',
      data: { title: '青石镇举办索引测试专场活动', category: 'work', body: lexicalBody('桂花街道翡翠湖畔新建老兵驿站。') as never, source: '本站', slug: 'search-index-test', _status: 'published' },
    })
    await searchIndex.syncIndex(state)
    expect(urls('翡翠')).toEqual(['/news/work/search-index-test'])

    await payload.update({ collection: 'news', id: created.id, data: { body: lexicalBody('白沙乡珊瑚礁边新建老兵驿站。') as never } })
    await searchIndex.syncIndex(state)
    expect(urls('翡翠')).toEqual([])
    expect(urls('珊瑚礁')).toEqual(['/news/work/search-index-test'])

    await payload.update({ collection: 'news', id: created.id, data: { _status: 'draft' } })
    await searchIndex.syncIndex(state)
    expect(urls('珊瑚礁')).toEqual([])
    expect(state.versions.has(`news:${created.id}`)).toBe(false)
  })

  it('should find a published answer (留言选登) by its public text only, and drop it when it is taken back', async () => {
    const handler = await userByEmail(payload, 'handler@demo.example')
    const outcome = await submitEnquiry(
      payload,
      validSubmission({ subject: '私人标题含琥珀巷', body: '我住在琥珀巷十二号,电话在表单里。', name: '欧阳索引', publishConsent: true }),
      { ip: nextIp() },
    )
    if (outcome.status !== 201) throw new Error(JSON.stringify(outcome))
    const id = String((await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs[0].id)
    const update = (data: Record<string, unknown>) => payload.update({ collection: 'enquiries', id, data, depth: 0, user: handler, overrideAccess: false })
    await update({ status: 'accepted' })
    await update({ station: handler.station, handler: handler.id })
    await update({ status: 'answered', reply: '玛瑙渠沿线的服务站每周二上门代办。' })
    await searchIndex.syncIndex(state)
    // Answered but not 选登: nothing of it is public.
    expect(urls('玛瑙渠')).toEqual([])

    await update({ publication: { published: true, subject: '上门代办哪天来', body: '老人行动不便,能否上门代办?' } })
    await searchIndex.syncIndex(state)
    expect(urls('上门代办')).toContain(`/enquiry/answers/${id}`)
    expect(urls('玛瑙渠')).toEqual([`/enquiry/answers/${id}`])
    expect(queryEngine(state.engine, '玛瑙渠').hits[0].type).toBe('answers')
    // The submitter's own words, name and the private title are not what was published.
    for (const query of ['琥珀巷', '欧阳索引', '私人标题']) expect(urls(query), query).toEqual([])

    await update({ publication: { published: false } })
    await searchIndex.syncIndex(state)
    expect(urls('玛瑙渠')).toEqual([])
    expect(state.versions.has(`answers:${id}`)).toBe(false)
  })

  it('should answer a search at once while the index syncs, from the index as it is, and catch up beside it', async () => {
    const { search } = await import('../../src/site/lib/search')
    const { bumpContentGeneration } = await import('../../src/site/server/generation')
    const caughtUp = async () => {
      const deadline = Date.now() + 60_000
      while ((await search('琉璃瓦')).catchingUp) {
        if (Date.now() > deadline) throw new Error('the search index did not catch up within 60 s')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    // A process that has no index yet answers at once and says its results may be incomplete.
    const cold = await search('退役军人')
    expect(cold).toMatchObject({ incomplete: true, catchingUp: true })
    await caughtUp()
    expect((await search('退役军人')).counts.news).toBeGreaterThan(0)

    const added = 120
    for (let index = 0; index < added; index += 1) {
      await payload.create({
        collection: 'news',
        data: { title: `琉璃瓦修缮纪事第${index}篇`, category: 'work', body: lexicalBody('老兵驿站屋顶换上了新的琉璃瓦。') as never, source: '本站', slug: `glazed-tile-${index}`, _status: 'published' },
      })
    }
    bumpContentGeneration()
    // The purge started the sync; the search does not wait for it, and reads the index as it was.
    const during = await search('琉璃瓦')
    expect(during).toMatchObject({ incomplete: false, catchingUp: true })
    expect(during.counts.news).toBe(0)
    await caughtUp()
    expect((await search('琉璃瓦')).counts.news).toBe(added)

    await payload.delete({ collection: 'news', where: { slug: { like: 'glazed-tile-' } } })
    bumpContentGeneration()
    await caughtUp()
    expect((await search('琉璃瓦')).counts.news).toBe(0)
  })

  it('should hold the sync back while a page is being rendered, and catch up once none is', async () => {
    const { search } = await import('../../src/site/lib/search')
    const { bumpContentGeneration } = await import('../../src/site/server/generation')
    const { whileRendering } = await import('../../src/site/lib/rendering')
    const count = async () => (await search('青砖黛瓦')).counts.news
    // This process's index is up to date first, so that what follows syncs only the new items.
    const deadline = Date.now() + 60_000
    while ((await search('青砖黛瓦')).catchingUp) {
      if (Date.now() > deadline) throw new Error('the search index did not catch up within 60 s')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const added = 300
    for (let index = 0; index < added; index += 1) {
      await payload.create({
        collection: 'news',
        data: { title: `青砖黛瓦小记第${index}篇`, category: 'work', body: lexicalBody('光荣院的院墙用的是青砖黛瓦。') as never, source: '本站', slug: `grey-brick-${index}`, _status: 'published' },
      })
    }
    let finishRender!: () => void
    // A render that stays open, as a slow reader's page would: the sync may take a slice only now and then.
    const render = whileRendering(() => new Promise<void>((resolve) => (finishRender = resolve)))
    bumpContentGeneration()
    await new Promise((resolve) => setTimeout(resolve, 400))
    const held = await search('青砖黛瓦')
    expect(held.catchingUp).toBe(true)
    // At most one slice after the first (250 ms apart), and a slice reads one batch: 50 at most
    // (without the hold, 139 of the 300 were indexed in the same 400 ms).
    expect(held.counts.news).toBeLessThanOrEqual(50)
    finishRender()
    await render
    const caughtUpBy = Date.now() + 60_000
    while ((await count()) < added) {
      if (Date.now() > caughtUpBy) throw new Error('the search index did not catch up within 60 s of the render ending')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await count()).toBe(added)
    await payload.delete({ collection: 'news', where: { slug: { like: 'grey-brick-' } } })
    bumpContentGeneration()
  })

  it('should build a new index beside an open render waiting 20 ms at most per slice, not 250', async () => {
    const { whileRendering } = await import('../../src/site/lib/rendering')
    const timed = async () => {
      const started = performance.now()
      const built = await searchIndex.syncIndex(searchIndex.emptyIndex())
      return { ms: performance.now() - started, entries: built.versions.size }
    }
    const free = await timed()
    let finishRender!: () => void
    const render = whileRendering(() => new Promise<void>((resolve) => (finishRender = resolve)))
    const held = await timed()
    finishRender()
    await render
    expect(held.entries).toBe(free.entries)
    // A slice is about 4 ms of work: waiting up to 20 ms after each makes the build about 6 times
    // as long as without the render, 250 ms about 60 times. The same work timed both ways, so a
    // loaded machine slows both.
    expect(held.ms / free.ms).toBeLessThan(20)
  })
})
