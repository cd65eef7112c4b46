import type { Endpoint, PayloadRequest, Where } from 'payload'

import { csvDocument } from '../../../enquiries/csv'
import { EXPORT_FIELDS, EXPORT_HEADER, type ExportCase, exportRow } from '../../../enquiries/exportRows'
import { exportRange } from '../../../enquiries/exportRange'
import { toBeijingDate } from '../../../enquiries/workingDays'
import { escapeHtml } from '../../../rules/escapeHtml'
import { worksOnCases } from '../access/caseScope'

/**
 * A refusal: JSON for API clients; for the admin's export form (a browser navigation, which asks
 * for HTML) a short Chinese page with the way back, instead of raw JSON.
 */
const refusal = (req: PayloadRequest, message: string, status: number) => {
  const headers = { 'cache-control': 'no-store' }
  if (!req.headers.get('accept')?.includes('text/html')) return Response.json({ message }, { status, headers })
  const back = `${req.payload.config.routes.admin}/collections/enquiries`
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>导出统计表</title></head><body><main><h1>未能导出统计表</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">返回留言咨询列表</a></p></main></body></html>`
  return new Response(page, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
}

/**
 * GET /api/enquiries/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — the cases the signed-in staff
 * member may see (the collection's own read access, applied by Payload), submitted in that
 * range, as a spreadsheet for statistics: handling facts only, no personal data or text.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(req, '请先登录', 401)
    if (!worksOnCases(req.user)) return refusal(req, '您没有查看留言的权限,不能导出', 403)
    const range = exportRange(req.searchParams.get('from'), req.searchParams.get('to'))
    if (!range.ok) return refusal(req, range.message, 400)
    const where: Where = {
      and: [
        ...(range.since ? [{ createdAt: { greater_than_equal: range.since } }] : []),
        ...(range.before ? [{ createdAt: { less_than: range.before } }] : []),
      ],
    }
    const cases = await req.payload.find({
      collection: 'enquiries',
      where,
      select: Object.fromEntries(EXPORT_FIELDS.map((field) => [field, true])),
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const stationIds = [...new Set(cases.docs.map((item) => item.station).filter(Boolean).map(String))]
    const stations = stationIds.length
      ? await req.payload.find({ collection: 'stations', where: { id: { in: stationIds } }, select: { name: true }, pagination: false, depth: 0, req })
      : { docs: [] }
    const names = new Map(stations.docs.map((station) => [String(station.id), String(station.name ?? '')]))
    const now = new Date()
    const body = csvDocument([EXPORT_HEADER, ...cases.docs.map((item) => exportRow(item as ExportCase, (id) => names.get(id) ?? '', now))])
    const filename = `留言办理-${toBeijingDate(now)}.csv`
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="enquiries.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'cache-control': 'no-store',
      },
    })
  },
}
