import sharp from 'sharp'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../../src/payload/constants/roles'
import type { User } from '../../src/payload-types'
import { isWorkflowCollection } from '../../src/payload/workflow/chains'
import {
  ACCESS_MATRIX,
  GLOBAL_READS,
  type MatrixCollection,
  type Operation,
  OPERATIONS,
  type Reader,
  READERS,
  reach,
} from '../helpers/accessMatrix'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { matrixData } from '../helpers/workflowMatrix'
import { demoUser } from '../helpers/workflowFixtures'

const DEMO_NAME: Record<Role, string> = {
  admin: 'admin',
  editor: 'editor',
  reviewer: 'reviewer',
  publisher: 'publisher',
  stationStaff: 'station',
  caseHandler: 'handler',
}

/** Refused: Payload's Forbidden, or a document outside the user's scope (404) or a guard's 403. */
const refused = (error: unknown) => [403, 404].includes((error as { status?: number }).status ?? 0)

/** The outcome of a call: its result, or 'refused'; anything else fails the test. */
const attempt = async <T,>(call: () => Promise<T>): Promise<T | 'refused'> => {
  try {
    return await call()
  } catch (error) {
    if (refused(error)) return 'refused'
    throw error
  }
}

/**
 * The access matrix (tests/helpers/accessMatrix.ts) asserted on the Local API with access control
 * on. Writes to the reviewed collections are asserted with the workflow's own matrix
 * (tests/int/workflowAccess.int.test.ts), which takes them from the same table.
 */
describe('access matrix: every role reaches only what its work needs', () => {
  let payload: Payload
  const users = new Map<Reader, User | null>([['anonymous', null]])
  /** Per collection: a document no limited role may reach, and each limited role's own one. */
  const hidden = new Map<MatrixCollection, string>()
  const own = new Map<string, string>()
  const results: Record<string, Record<string, string>> = {}

  const versioned = (collection: MatrixCollection) => Boolean(payload.collections[collection].config.versions)
  const as = (reader: Reader) => ({ user: users.get(reader) ?? null, overrideAccess: false }) as const

  const readIds = (collection: MatrixCollection, reader?: Reader) =>
    attempt(() =>
      payload.find({
        collection,
        draft: versioned(collection),
        pagination: false,
        depth: 0,
        ...(reader ? as(reader) : {}),
      }),
    ).then((result) => (result === 'refused' ? 'refused' : new Set(result.docs.map((doc) => String(doc.id)))))

  const versionParents = (collection: MatrixCollection, reader?: Reader) =>
    attempt(() => payload.findVersions({ collection, pagination: false, depth: 0, ...(reader ? as(reader) : {}) })).then(
      (result) => (result === 'refused' ? 'refused' : result.docs.map((version) => String(version.parent))),
    )

  const stationOf = (user: User) => String(typeof user.station === 'object' ? user.station?.id : user.station)

  let counter = 0
  /** A news item for redirects to point at. */
  let anyNews = ''
  const freshDoc = async (collection: MatrixCollection): Promise<string> => {
    const n = `${process.pid}-${++counter}`
    const data: Partial<Record<MatrixCollection, Record<string, unknown>>> = {
      replyTemplates: { title: `矩阵口径 ${n}`, body: '矩阵测试口径。' },
      importReports: { imported: 0, skipped: 0, failed: 0 },
      importFiles: { report: hidden.get('importReports'), position: 0, name: `矩阵-${n}.txt`, data: Buffer.from('矩阵测试').toString('base64') },
      redirects: { from: `/matrix/${n}.html`, to: { relationTo: 'news', value: anyNews } },
      consultationOpinions: { consultation: hidden.get('consultations'), body: `矩阵意见 ${n}`, contact: { name: '矩阵', phoneMasked: '138****0000' } },
      users: { email: `matrix-${n}@test.example`, name: `矩阵用户 ${n}`, roles: ['editor'], password: 'matrix-test-1' },
    }
    return String((await payload.create({ collection, data: data[collection] as never })).id)
  }

  const newCase = async (assignment: { station?: string; handler?: string }) =>
    String(
      (
        await payload.create({
          collection: 'enquiries',
          data: { kind: 'question', subject: '矩阵测试留言', status: 'accepted', trackingCode: `MX${Date.now()}${++counter}`, ...assignment },
          context: { skipCaseRules: true },
        })
      ).id,
    )

  const attachTo = async (enquiry: string) => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#369' } }).png().toBuffer()
    const file = { data, mimetype: 'image/png', name: `matrix-${++counter}.png`, size: data.length }
    return String((await payload.create({ collection: 'enquiryAttachments', data: { enquiry }, file })).id)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of ROLES) users.set(role, await demoUser(payload, DEMO_NAME[role]))
    const staff = users.get('stationStaff')!
    const ownStation = stationOf(staff)
    const otherStation = String(
      (await payload.find({ collection: 'stations', where: { id: { not_equals: ownStation } }, limit: 1, depth: 0 })).docs[0].id,
    )
    const policy = String((await payload.find({ collection: 'policies', limit: 1, depth: 0 })).docs[0].id)
    // Drafts outside every limited scope (written without a user, as the importer would), and station staff's own draft.
    for (const collection of ['news', 'stations', 'policies', 'interpretations', 'serviceGuides', 'consultations', 'pages', 'commendations', 'veterans', 'leaders', 'orgUnits'] as const) {
      const data = matrixData(collection, { station: otherStation, policy })
      hidden.set(collection, String((await payload.create({ collection, data: data as never, draft: true })).id))
    }
    const ownNews = await payload.create({ collection: 'news', data: matrixData('news', { station: ownStation, policy }) as never, draft: true })
    own.set('news:stationStaff', String(ownNews.id))
    own.set('stations:stationStaff', ownStation)

    const bureauCase = await newCase({})
    const otherCase = await newCase({ station: otherStation })
    const stationCase = await newCase({ station: ownStation })
    hidden.set('enquiries', otherCase)
    // A request a station were to hold is outside a bureau handler's intake; the bureau's own is in it.
    const foi = async (station?: string) =>
      String(
        (
          await payload.create({
            collection: 'foiRequests',
            data: { applicant: { type: 'citizen', name: '矩阵' }, description: '矩阵测试申请的信息', delivery: 'email', trackingCode: `MF${Date.now()}${++counter}`, station },
          })
        ).id,
      )
    hidden.set('foiRequests', await foi(otherStation))
    own.set('foiRequests:caseHandler', await foi())
    own.set('enquiries:caseHandler', bureauCase)
    own.set('enquiries:stationStaff', stationCase)
    hidden.set('enquiryAttachments', await attachTo(otherCase))
    own.set('enquiryAttachments:caseHandler', await attachTo(bureauCase))
    own.set('enquiryAttachments:stationStaff', await attachTo(stationCase))
    const reveal = await payload.create({
      collection: 'enquiryRevealLogs',
      data: { enquiry: bureauCase, user: users.get('caseHandler')!.id, fields: '手机号码' },
    })
    hidden.set('enquiryRevealLogs', String(reveal.id))
    hidden.set('replyTemplates', await freshDoc('replyTemplates'))
    hidden.set('importReports', await freshDoc('importReports'))
    hidden.set('importFiles', await freshDoc('importFiles'))
    anyNews = String((await payload.find({ collection: 'news', limit: 1, depth: 0 })).docs[0].id)
    hidden.set('redirects', await freshDoc('redirects'))
    hidden.set('consultationOpinions', await freshDoc('consultationOpinions'))
    await payload.login({ collection: 'users', data: { email: 'editor@demo.example', password: 'demo2026' } })
    hidden.set('auditLog', String((await payload.find({ collection: 'auditLog', limit: 1, depth: 0 })).docs[0].id))
    hidden.set('users', String(users.get('admin')!.id))
    for (const role of ROLES) own.set(`users:${role}`, String(users.get(role)!.id))
  })

  afterAll(async () => {
    console.table(results)
    await releaseTestPayload(payload)
  })

  const record = (collection: string, operation: string, reader: Reader, outcome: string) => {
    results[`${collection} · ${operation}`] ??= {}
    results[`${collection} · ${operation}`][reader] = outcome
  }

  const checkRead = async (collection: MatrixCollection, reader: Reader) => {
    const expected = reach(collection, 'read', reader)
    const [seen, all, publicView] = await Promise.all([readIds(collection, reader), readIds(collection), readIds(collection, 'anonymous')])
    if (all === 'refused') throw new Error('unreachable without access control')
    const publicIds = publicView === 'refused' ? new Set<string>() : publicView
    record(collection, 'read', reader, seen === 'refused' ? 'refused' : `${seen.size}/${all.size}`)
    if (expected === 'none') return expect(seen === 'refused' || seen.size === 0).toBe(true)
    if (seen === 'refused') throw new Error(`${reader} refused reading ${collection}`)
    if (expected === 'all') return expect([...seen].sort()).toEqual([...all].sort())
    if (expected === 'public') {
      expect(publicIds.has(hidden.get(collection)!)).toBe(false)
      return expect([...seen].sort()).toEqual([...publicIds].sort())
    }
    // own: part of the collection, never the hidden document, always the reader's own one.
    expect(seen.has(hidden.get(collection)!)).toBe(false)
    expect(seen.size).toBeLessThan(all.size)
    const mine = own.get(`${collection}:${reader}`)
    if (mine) expect(seen.has(mine)).toBe(true)
    for (const id of publicIds) expect(seen.has(id)).toBe(true)
  }

  const checkReadVersions = async (collection: MatrixCollection, reader: Reader) => {
    const expected = reach(collection, 'readVersions', reader)
    const [seen, all] = await Promise.all([versionParents(collection, reader), versionParents(collection)])
    if (all === 'refused') throw new Error('unreachable without access control')
    record(collection, 'readVersions', reader, seen === 'refused' ? 'refused' : `${seen.length}/${all.length}`)
    if (expected === 'none') return expect(seen === 'refused' || seen.length === 0).toBe(true)
    if (seen === 'refused') throw new Error(`${reader} refused reading versions of ${collection}`)
    if (expected === 'all') return expect(seen.length).toBe(all.length)
    expect(seen.length).toBeLessThan(all.length)
    expect(seen).not.toContain(hidden.get(collection))
    const mine = own.get(`${collection}:${reader}`)
    if (mine) expect(seen).toContain(mine)
  }

  const writeData: Partial<Record<MatrixCollection, () => Record<string, unknown>>> = {
    replyTemplates: () => ({ title: `矩阵口径 ${++counter}`, body: '矩阵测试口径。' }),
    users: () => ({ email: `matrix-new-${process.pid}-${++counter}@test.example`, name: '矩阵新用户', roles: ['editor'], password: 'matrix-test-1' }),
    enquiries: () => ({ kind: 'question', subject: '矩阵测试', trackingCode: `MXC${++counter}` }),
    foiRequests: () => ({ applicant: { type: 'citizen', name: '矩阵' }, description: '矩阵测试申请的信息', delivery: 'email', trackingCode: `MFC${++counter}` }),
    enquiryRevealLogs: () => ({ enquiry: hidden.get('enquiries'), user: users.get('admin')!.id, fields: '手机号码' }),
    importReports: () => ({ imported: 0 }),
    importFiles: () => ({ report: hidden.get('importReports'), position: 1, name: 'x.txt', data: 'eA==' }),
    redirects: () => ({ from: `/matrix/new-${process.pid}-${++counter}.html`, to: { relationTo: 'news', value: anyNews } }),
    consultationOpinions: () => ({ consultation: hidden.get('consultations'), body: '矩阵测试意见' }),
    auditLog: () => ({ action: 'publish' }),
    enquiryAttachments: () => ({ enquiry: hidden.get('enquiries') }),
  }

  const checkWrite = async (collection: MatrixCollection, operation: 'create' | 'update' | 'delete', reader: Reader) => {
    const expected = reach(collection, operation, reader)
    const data = (writeData[collection]?.() ?? {}) as never
    const slug = collection as CollectionSlug
    const run = (id: string) =>
      operation === 'create'
        ? attempt(() => payload.create({ collection: slug, data, ...as(reader) }))
        : operation === 'update'
          ? attempt(() => payload.update({ collection: slug, id, data: {} as never, depth: 0, ...as(reader) }))
          : attempt(() => payload.delete({ collection: slug, id, depth: 0, ...as(reader) }))
    const target = operation === 'delete' && expected === 'all' ? await freshDoc(collection) : hidden.get(collection)!
    const outcome = await run(target)
    record(collection, operation, reader, outcome === 'refused' ? 'refused' : 'allowed')
    expect(outcome === 'refused' ? 'refused' : 'allowed').toBe(expected === 'all' ? 'allowed' : 'refused')
    const mine = own.get(`${collection}:${reader}`)
    if (expected === 'own' && mine) expect(await run(mine)).not.toBe('refused')
    if (expected === 'none' && mine && operation !== 'create') expect(await run(mine)).toBe('refused')
  }

  it('should keep versions exactly for the reviewed collections (the matrix checks readVersions there)', () => {
    for (const collection of Object.keys(ACCESS_MATRIX) as MatrixCollection[]) {
      expect([collection, versioned(collection)]).toEqual([collection, isWorkflowCollection(collection)])
    }
  })

  for (const collection of Object.keys(ACCESS_MATRIX) as MatrixCollection[]) {
    for (const operation of OPERATIONS) {
      // Writes to reviewed collections: the workflow matrix; versions only where a collection keeps them.
      const writes = operation === 'create' || operation === 'update' || operation === 'delete'
      if (writes && isWorkflowCollection(collection)) continue
      if (operation === 'readVersions' && !isWorkflowCollection(collection)) continue
      for (const reader of READERS) {
        const expected = reach(collection, operation, reader)
        it(`should give ${reader} ${expected} ${operation} access to ${collection}`, async () => {
          if (operation === 'read') return checkRead(collection, reader)
          if (operation === 'readVersions') return checkReadVersions(collection, reader)
          return checkWrite(collection, operation as Exclude<Operation, 'read' | 'readVersions'>, reader)
        })
      }
    }
  }

  for (const [slug, row] of Object.entries(GLOBAL_READS)) {
    for (const reader of READERS) {
      it(`should give ${reader} ${row[reader]} read access to the ${slug} global`, async () => {
        const outcome = await attempt(() => payload.findGlobal({ slug: slug as keyof typeof GLOBAL_READS, ...as(reader) }))
        expect(outcome === 'refused' ? 'none' : 'all').toBe(row[reader])
      })
    }
  }

  it('should refuse every role but admin giving itself a role', async () => {
    for (const role of ROLES) {
      const user = users.get(role)!
      const updated = await attempt(() => payload.update({ collection: 'users', id: user.id, data: { roles: ['admin'] }, ...as(role) }))
      const promoted = updated !== 'refused' && updated.roles.includes('admin')
      expect(promoted).toBe(role === 'admin')
    }
  })
})
