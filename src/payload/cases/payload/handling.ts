/**
 * POST /api/enquiries/:id/handle — one handling action (受理, 不予受理, 转办/分派, 答复, 延期, 办结)
 * on a case, for the admin's action buttons (components/CaseActions.tsx). Whether the person may
 * take it now is the pure rule in domain/actions.ts; the change itself goes through the case's
 * own rules (caseRules.ts), so the REST API and this endpoint refuse the same things. Answers
 * field errors in Chinese, keyed by the action form's fields.
 */
import type { Endpoint } from 'payload'

import { ACTION_FIELDS, actionTarget, availableActions, CASE_ACTION_LABELS, CASE_ACTIONS, type CaseAction, checkActionInput } from '../domain/actions'
import type { CaseStatus } from '../domain/status'
import type { CaseKind } from '../kinds/caseKind'

type FieldErrors = Record<string, string>

const refused = (status: number, message: string, errors: FieldErrors = {}) =>
  Response.json({ message, errors }, { status, headers: { 'cache-control': 'no-store' } })

/** The field errors of a refused Payload operation (a ValidationError, known by its shape). */
const errorsOf = (error: unknown): FieldErrors | null => {
  const list = (error as { data?: { errors?: { path?: string; message?: string }[] } })?.data?.errors
  if (!Array.isArray(list)) return null
  return Object.fromEntries(list.map((item) => [String(item.path ?? 'status'), String(item.message ?? '填写有误')]))
}

export const handleCase = (kind: CaseKind): Endpoint => ({
  path: '/:id/handle',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refused(401, '请先登录')
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const action = body.action as CaseAction
    if (!CASE_ACTIONS.includes(action)) return refused(400, '请选择要办理的操作')
    const id = String(req.routeParams?.id ?? '')
    const item = await req.payload
      .findByID({ collection: kind.slug, id, req, user: req.user, overrideAccess: false, depth: 0, select: { status: true, extensionDays: true } })
      .catch(() => null)
    if (!item) return refused(404, '找不到这条留言,或者它不归您办理')
    const from = item.status as CaseStatus
    if (!availableActions({ status: from, extensionDays: item.extensionDays }, req.user).includes(action)) {
      return refused(403, `这条留言现在是“${kind.statusLabels[from]}”,您不能${CASE_ACTION_LABELS[action]}`)
    }
    const inputErrors = checkActionInput(action, body, kind.clocks)
    if (Object.keys(inputErrors).length) return refused(400, '请按提示修改后再提交', inputErrors)
    const fields: readonly string[] = ACTION_FIELDS[action]
    const data: Record<string, unknown> = Object.fromEntries(fields.filter((field) => field in body).map((field) => [field, body[field] === '' ? null : body[field]]))
    if (action === 'extend') data.extensionDays = Number(body.extensionDays)
    data.status = actionTarget(action, from)
    try {
      // Access is checked above (the person works on this case, and may take this action). Not
      // again here: checked with the person's own access, choosing a colleague as 承办人 would be
      // refused, since staff may not read other accounts. The case's rules run as ever, with req.user.
      const doc = await req.payload.update({ collection: kind.slug, id, data, req, overrideAccess: true, depth: 0 })
      return Response.json({ message: `已${CASE_ACTION_LABELS[action]}`, status: doc.status }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      const errors = errorsOf(error)
      if (!errors) throw error
      return refused(400, '请按提示修改后再提交', errors)
    }
  },
})
