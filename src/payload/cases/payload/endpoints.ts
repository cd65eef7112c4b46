/** The case collection's own endpoints: the staff export and the reveal of full personal data. */
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { escapeHtml } from '../../../shared'
import { readAsStored } from '../../readAsStored'
import { toBeijingDate } from '../domain/clocks'
import { csvDocument, EXPORT_FIELDS, EXPORT_HEADER, type ExportCase, exportRange, exportRow } from '../domain/export'
import { decrypt } from '../infrastructure/keys'
import type { CaseKind } from '../kinds/caseKind'
import { isAssignedHandler, worksOnCases } from './access'

/**
 * A refusal: JSON for API clients; for the admin's export form (a browser navigation, which asks
 * for HTML) a short Chinese page with the way back, instead of raw JSON.
 */
const refusal = (kind: CaseKind, req: PayloadRequest, message: string, status: number) => {
  const headers = { 'cache-control': 'no-store' }
  if (!req.headers.get('accept')?.includes('text/html')) return Response.json({ message }, { status, headers })
  const back = `${req.payload.config.routes.admin}/collections/${kind.slug}`
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>导出统计表</title></head><body><main><h1>未能导出统计表</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">返回${kind.labels.plural}列表</a></p></main></body></html>`
  return new Response(page, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
}

/**
 * GET /api/enquiries/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — the cases the signed-in staff
 * member may see (the collection's own read access), submitted in that range, as a spreadsheet
 * for statistics: handling facts only, no personal data or text.
 */
export const exportCsv = (kind: CaseKind): Endpoint => ({
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(kind, req, '请先登录', 401)
    if (!worksOnCases(req.user)) return refusal(kind, req, '您没有查看留言的权限,不能导出', 403)
    const range = exportRange(req.searchParams.get('from'), req.searchParams.get('to'))
    if (!range.ok) return refusal(kind, req, range.message, 400)
    const where: Where = {
      and: [
        ...(range.since ? [{ createdAt: { greater_than_equal: range.since } }] : []),
        ...(range.before ? [{ createdAt: { less_than: range.before } }] : []),
      ],
    }
    // The collection's read access applies as in Payload's find (src/payload/readAsStored.ts).
    const cases = await readAsStored(req, { collection: kind.slug, where, fields: EXPORT_FIELDS, sort: 'createdAt' })
    const stationIds = [...new Set(cases.map((item) => item.station).filter(Boolean).map(String))]
    const stations = stationIds.length
      ? await req.payload.find({ collection: 'stations', where: { id: { in: stationIds } }, select: { name: true }, pagination: false, depth: 0, req })
      : { docs: [] }
    const names = new Map(stations.docs.map((station) => [String(station.id), String(station.name ?? '')]))
    const now = new Date()
    const body = csvDocument([EXPORT_HEADER, ...cases.map((item) => exportRow(item as ExportCase, (id) => names.get(id) ?? '', now, kind))])
    const filename = `留言办理-${toBeijingDate(now)}.csv`
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="enquiries.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'cache-control': 'no-store',
      },
    })
  },
})

/**
 * POST /api/enquiries/:id/reveal — the full phone and ID-card number, for the assigned handler
 * only, each showing logged (who, when, which case).
 */
export const revealContact = (kind: CaseKind): Endpoint => ({
  path: '/:id/reveal',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return Response.json({ message: '请先登录' }, { status: 401 })
    const visible = await req.payload
      .findByID({ collection: kind.slug, id, req, user: req.user, overrideAccess: false, depth: 0, select: { handler: true } })
      .catch(() => null)
    if (!visible || !isAssignedHandler(req.user, visible.handler)) {
      return Response.json({ message: '只有本件的承办人可以查看完整的个人信息' }, { status: 403 })
    }
    const sealed = await req.payload.findByID({
      collection: kind.slug,
      id,
      req,
      depth: 0,
      select: { contact: { phoneSealed: true, idCardSealed: true } },
    })
    const contact = sealed.contact ?? {}
    if (!contact.phoneSealed && !contact.idCardSealed) {
      return Response.json({ message: '该件的个人信息已按保存期限删除' }, { status: 410 })
    }
    const shown = { phone: contact.phoneSealed ? decrypt(contact.phoneSealed) : null, idCard: contact.idCardSealed ? decrypt(contact.idCardSealed) : null }
    await req.payload.create({
      collection: 'enquiryRevealLogs',
      data: { enquiry: id, user: req.user.id, fields: shown.idCard ? '手机号码、身份证号码' : '手机号码' },
      req,
    })
    return Response.json(shown, { headers: { 'cache-control': 'no-store' } })
  },
})
