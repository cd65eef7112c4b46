import { createLocalReq, type JoinQuery, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enquiryKind, submitEnquiry } from '../../src/payload/cases'
import { toBeijingDate } from '../../src/payload/cases/domain/clocks'
import { EXPORT_FIELDS } from '../../src/payload/cases/domain/export'
import { exportCsv } from '../../src/payload/cases/payload/endpoints'
import { readAsStored, readsAsStored } from '../../src/payload/readAsStored'
import type { User } from '../../src/payload-types'
import { nextIp, userByEmail, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const PERSONAL = { name: '欧阳导出', phone: '13700001111', idCard: '11010519491231002X', email: 'export-check@example.com' }
const TEXT = { subject: '导出检查专用标题', body: '这段留言正文只用于检查导出文件里不会出现正文内容。' }

describe('staff CSV export of enquiries', () => {
  let payload: Payload
  let admin: User
  let stationStaff: User
  let editor: User
  let handler: User
  let ownCode: string
  let otherCode: string
  let intakeCode: string
  let handlersCode: string

  /** An answered case at that station (none: the bureau's own intake), optionally assigned to a handler. */
  const caseAt = async (station: string | null, handler?: string) => {
    const outcome = await submitEnquiry(payload, validSubmission({ ...PERSONAL, ...TEXT }), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(`submission refused: ${JSON.stringify(outcome)}`)
    const [doc] = (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs
    const acceptedAt = new Date().toISOString()
    await payload.update({
      collection: 'enquiries',
      id: doc.id,
      data: { status: 'answered', station, ...(handler && { handler }), acceptedAt, answeredAt: acceptedAt, reply: '答复内容也不应导出', satisfaction: 'satisfied' },
      context: { skipCaseRules: true },
    })
    return outcome.trackingCode
  }

  const exportAs = async (user: User | null, query = '', accept?: string) => {
    const req = await createLocalReq(
      {
        user: user ? { ...user, collection: 'users' } : undefined,
        urlSuffix: `/api/enquiries/export.csv${query}`,
        ...(accept && { req: { headers: new Headers({ accept }) } }),
      },
      payload,
    )
    const response = await exportCsv(enquiryKind).handler(req)
    const bytes = Buffer.from(await response.arrayBuffer())
    return { status: response.status, type: response.headers.get('content-type'), bytes, text: bytes.toString('utf8') }
  }
  const rows = (text: string) => text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','))

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await userByEmail(payload, 'admin@demo.example')
    stationStaff = await userByEmail(payload, 'station@demo.example')
    editor = await userByEmail(payload, 'editor@demo.example')
    handler = await userByEmail(payload, 'handler@demo.example')
    const own = String(stationStaff.station)
    const other = (await payload.find({ collection: 'stations', where: { id: { not_equals: own } }, limit: 1, depth: 0 })).docs[0]
    ownCode = await caseAt(own)
    otherCode = await caseAt(String(other.id))
    intakeCode = await caseAt(null)
    handlersCode = await caseAt(String(other.id), String(handler.id))
  })
  afterAll(() => releaseTestPayload(payload))

  it('should refuse the public (401) and editors, reviewers and publishers (403)', async () => {
    expect((await exportAs(null)).status).toBe(401)
    expect((await exportAs(editor)).status).toBe(403)
    for (const email of ['reviewer@demo.example', 'reviewer2@demo.example', 'publisher@demo.example']) {
      const result = await exportAs(await userByEmail(payload, email))
      expect(result.status, email).toBe(403)
      expect(result.text).not.toContain('查询码')
    }
  })

  it("should give a case handler without a station the bureau's unassigned intake and the cases assigned to them, no other station's", async () => {
    expect(handler.station ?? null).toBeNull()
    const result = await exportAs(handler)
    expect(result.status).toBe(200)
    const codes = rows(result.text).map((row) => row[0])
    expect(codes).toContain(intakeCode)
    expect(codes).toContain(handlersCode)
    expect(codes).not.toContain(ownCode)
    expect(codes).not.toContain(otherCode)
  })

  it("should give station staff their own station's cases only", async () => {
    const result = await exportAs(stationStaff)
    expect(result.status).toBe(200)
    const codes = rows(result.text).map((row) => row[0])
    expect(codes).toContain(ownCode)
    expect(codes).not.toContain(otherCode)
    expect(codes).not.toContain(intakeCode)
    expect(codes).not.toContain(handlersCode)
  })

  it('should give admins every case, as Excel-friendly CSV with the statistics columns', async () => {
    const result = await exportAs(admin)
    expect(result.type).toBe('text/csv; charset=utf-8')
    expect([...result.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(result.text.split('\r\n')[0]).toBe('\uFEFF查询码,类别,事项类别,办理状态,受理站点/部门,提交日期,受理日期,答复日期,办结日期,是否超期,满意度')
    const row = rows(result.text).find((cells) => cells[0] === ownCode)!
    const today = toBeijingDate(new Date())
    expect(row).toEqual([ownCode, '咨询', '', '已答复', expect.any(String), today, today, today, '', '否', '满意'])
    expect(row[4]).not.toBe('')
    expect(rows(result.text).map((cells) => cells[0])).toEqual(expect.arrayContaining([ownCode, otherCode, intakeCode, handlersCode]))
  })

  it('should carry no personal data, subject, body or reply', async () => {
    const { text } = await exportAs(admin)
    for (const value of [...Object.values(PERSONAL), ...Object.values(TEXT), '137****1111', '110105********002X', '答复内容也不应导出']) {
      expect(text).not.toContain(value)
    }
  })

  it('should filter by submission date and refuse a malformed one', async () => {
    const tomorrow = toBeijingDate(new Date(Date.now() + 86_400_000))
    const today = toBeijingDate(new Date())
    expect(rows((await exportAs(admin, `?from=${tomorrow}`)).text)).toHaveLength(1)
    expect(rows((await exportAs(admin, `?from=${today}&to=${today}`)).text).map((row) => row[0])).toContain(ownCode)
    expect((await exportAs(admin, '?from=2026-13-45')).status).toBe(400)
    const reversed = await exportAs(admin, `?from=${tomorrow}&to=${today}`)
    expect(reversed.status).toBe(400)
    expect(JSON.parse(reversed.text)).toEqual({ message: '开始日期不能晚于结束日期' })
  })

  it("should answer the admin form's browser navigation with a Chinese page and the way back, not raw JSON", async () => {
    const today = toBeijingDate(new Date())
    const tomorrow = toBeijingDate(new Date(Date.now() + 86_400_000))
    const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
    const reversed = await exportAs(admin, `?from=${tomorrow}&to=${today}`, html)
    expect(reversed.status).toBe(400)
    expect(reversed.type).toBe('text/html; charset=utf-8')
    expect(reversed.text).toContain('<p>开始日期不能晚于结束日期</p>')
    expect(reversed.text).toContain('<a href="/admin/collections/enquiries">返回留言咨询列表</a>')
    const refused = await exportAs(editor, '', html)
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('您没有查看留言的权限,不能导出')
    expect((await exportAs(stationStaff, '', html)).type).toBe('text/csv; charset=utf-8')
  })

  describe('its read straight from the database (src/payload/readAsStored.ts)', () => {
    const asPayloadFinds = async (user: User, fields: readonly string[], collection = 'enquiries') => {
      const select = Object.fromEntries(fields.map((field) => [field, true]))
      const found = await payload.find({ collection: collection as 'enquiries', where: {}, select, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: false, user: { ...user, collection: 'users' } })
      return found.docs
    }
    const readAs = async (user: User, fields: readonly string[], collection = 'enquiries') =>
      readAsStored(await createLocalReq({ user: { ...user, collection: 'users' } }, payload), { collection, where: {}, fields, sort: 'createdAt' })

    it("should give each role exactly the rows and values of Payload's find with its read access", async () => {
      for (const user of [admin, handler, stationStaff]) {
        const expected = await asPayloadFinds(user, EXPORT_FIELDS)
        expect(expected.length, user.email).toBeGreaterThan(0)
        expect(await readAs(user, EXPORT_FIELDS), user.email).toEqual(expected)
      }
      expect((await readAs(stationStaff, EXPORT_FIELDS)).map((doc) => doc.trackingCode)).not.toContain(intakeCode)
    })

    it('should get from the database only the id and the fields selected, personal data left where it is', async () => {
      // On the MongoDB lane this is the test server's projection (scripts/mongo/projection.ts).
      const found = await payload.db.find({ collection: 'enquiries', where: {}, select: { trackingCode: true, status: true }, joins: false as JoinQuery, pagination: false, limit: 0 })
      expect(found.docs.length).toBeGreaterThan(3)
      for (const doc of found.docs as Record<string, unknown>[]) expect(Object.keys(doc).filter((key) => doc[key] !== undefined && doc[key] !== null).sort()).toEqual(['id', 'status', 'trackingCode'])
    })

    it('should have the adapter give a selected field the value it gives in the whole document', async () => {
      // The adapters transform only the selected fields (patches/@payloadcms+drizzle, +db-mongodb),
      // the MongoDB one without walking the fields when they are all leaves: dates must still
      // come out as ISO strings and relationships as ids, fields in rows and collapsibles too.
      const read = async (select?: Record<string, true>) =>
        (await payload.db.find({ collection: 'enquiries', where: {}, select, sort: 'createdAt', joins: false as JoinQuery, pagination: false, limit: 0 })).docs as Record<string, unknown>[]
      const whole = new Map((await read()).map((doc) => [doc.id, doc]))
      // Leaves only (the export's), then with groups holding a date and a row (consent.privacyAt).
      for (const fields of [EXPORT_FIELDS, [...EXPORT_FIELDS, 'contact', 'consent']]) {
        const selected = await read(Object.fromEntries(fields.map((field) => [field, true])))
        expect(selected.length).toBe(whole.size)
        const answered = selected.find((doc) => doc.trackingCode === ownCode)!
        for (const field of ['createdAt', 'acceptedAt', 'answeredAt']) expect(typeof answered[field], field).toBe('string')
        expect(typeof answered.station).toBe('string')
        for (const doc of selected) {
          for (const field of fields) expect(doc[field] ?? null, field).toEqual(whole.get(doc.id)![field] ?? null)
        }
        if (fields.length > EXPORT_FIELDS.length) expect(typeof (answered.consent as { privacyAt?: unknown }).privacyAt).toBe('string')
      }
    })

    it('should read straight only what afterRead would leave as stored, and use Payload’s find for the rest', async () => {
      const enquiries = payload.collections.enquiries.config
      expect(readsAsStored(enquiries, EXPORT_FIELDS)).toBe(true)
      // A group, a field that is not there, and a collection with drafts (news) are not.
      expect(readsAsStored(enquiries, [...EXPORT_FIELDS, 'contact'])).toBe(false)
      expect(readsAsStored(enquiries, [...EXPORT_FIELDS, 'noSuchField'])).toBe(false)
      expect(readsAsStored(payload.collections.news.config, ['title'])).toBe(false)
      // A read hook on the collection, or read access on a field, turns it off.
      expect(readsAsStored({ ...enquiries, hooks: { ...enquiries.hooks, afterRead: [({ doc }) => doc] } }, EXPORT_FIELDS)).toBe(false)
      const withFieldAccess = { ...enquiries, flattenedFields: enquiries.flattenedFields.map((field) => (field.name === 'status' ? { ...field, access: { read: () => false } } : field)) }
      expect(readsAsStored(withFieldAccess as typeof enquiries, EXPORT_FIELDS)).toBe(false)
      // Where it falls back, the answer is still Payload's own.
      expect(await readAs(admin, ['title', 'slug'], 'news')).toEqual(await asPayloadFinds(admin, ['title', 'slug'], 'news'))
    })
  })
})
