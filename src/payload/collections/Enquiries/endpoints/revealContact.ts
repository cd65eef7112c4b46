import type { Endpoint } from 'payload'

import { decrypt } from '../../../enquiries/keyRing'
import { isAssignedHandler } from '../access/isAssignedHandler'

/**
 * POST /api/enquiries/:id/reveal — the full phone and ID-card number, for the assigned handler
 * only, each showing logged (who, when, which case).
 */
export const revealContact: Endpoint = {
  path: '/:id/reveal',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return Response.json({ message: '请先登录' }, { status: 401 })
    const visible = await req.payload
      .findByID({ collection: 'enquiries', id, req, user: req.user, overrideAccess: false, depth: 0, select: { handler: true } })
      .catch(() => null)
    if (!visible || !isAssignedHandler(req.user, visible.handler)) {
      return Response.json({ message: '只有本件的承办人可以查看完整的个人信息' }, { status: 403 })
    }
    const sealed = await req.payload.findByID({
      collection: 'enquiries',
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
}
