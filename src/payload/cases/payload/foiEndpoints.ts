import type { Endpoint } from 'payload'

import type { FoiNotice } from '../domain/foiAnswer'
import { noticeOf } from './services/foi'

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The 告知书 as a page to print: plain HTML, A4 margins, the last two lines (organ, date) to the right. */
export const noticePage = (notice: FoiNotice): string => {
  const last = notice.paragraphs.length - 2
  const paragraphs = notice.paragraphs.map((text, index) => `<p class="${index === 0 ? 'to' : index >= last ? 'sign' : ''}">${escape(text)}</p>`).join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(notice.title)}</title>
<style>
  @page { size: A4; margin: 25mm 20mm; }
  body { font: 16px/2 "Noto Serif CJK SC", "Songti SC", serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #000; }
  h1 { text-align: center; font-size: 1.4rem; }
  p { text-indent: 2em; margin: 0 0 0.5rem; }
  p.to { text-indent: 0; }
  p.sign { text-align: right; text-indent: 0; }
  .hint { color: #505050; text-indent: 0; }
  @media print { .hint { display: none; } }
</style></head>
<body><main><h1>${escape(notice.title)}</h1>
${paragraphs}
<p class="hint">用浏览器的“打印”打印本告知书,盖章后按申请人选择的方式送达。</p></main></body></html>`
}

/**
 * 打印告知书: an answered request's 告知书 addressed to the applicant by name, for the staff who
 * handle it (their scope, access.ts) to print and send by the applicant's chosen way.
 */
export const printNotice: Endpoint = {
  path: '/:id/notice',
  method: 'get',
  handler: async (req) => {
    const html = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
    if (!req.user) return html(401, '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请先登录</title><p>请先登录管理后台。</p></html>')
    const request = await req.payload
      .findByID({
        collection: 'foiRequests',
        id: String(req.routeParams?.id ?? ''),
        req,
        user: req.user,
        overrideAccess: false,
        depth: 0,
        select: { trackingCode: true, status: true, receivedOn: true, answeredOn: true, description: true, answer: true, applicant: { name: true } },
      })
      .catch(() => null)
    if (!request) return html(404, '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>找不到该申请</title><p>找不到该申请,或您不办理这件申请。</p></html>')
    if (request.status !== 'answered') return html(409, '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>尚未答复</title><p>该申请尚未答复,还没有告知书。</p></html>')
    return html(200, noticePage(await noticeOf(req.payload, request, request.applicant.name)))
  },
}
