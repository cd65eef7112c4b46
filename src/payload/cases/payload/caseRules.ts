import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { DEFAULT_ANSWERING_DEPARTMENT, type EnquiryStatus } from '../../../constants/enquiries'
import { acceptDeadline, answerDeadline, clockState } from '../../../enquiries/clocks'
import { checkCaseChange } from '../../../enquiries/transitions'
import { loadCalendar } from '../loadCalendar'

type Related = string | { id: string } | null | undefined
const idOf = (value: Related) => (value && typeof value === 'object' ? value.id : value) ?? null

/** Set by jobs that rewrite a case outside the handling workflow (retention purge, re-keying). */
export const SKIP_CASE_RULES = 'skipCaseRules'

/**
 * The handling workflow: refuses transitions the rules do not allow, stamps dates, runs the
 * legal clocks, records every (re)assignment and inserts a chosen reply template.
 */
export const applyCaseRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context[SKIP_CASE_RULES]) return data
  const now = new Date()
  const calendar = await loadCalendar(req)

  if (operation === 'create') {
    const deadline = acceptDeadline(now, calendar).toISOString()
    return { ...data, status: 'submitted', acceptDeadline: deadline, clockState: 'onTime' }
  }

  const from = originalDoc.status as EnquiryStatus
  const next = { ...originalDoc, ...data }
  const assignmentChanged =
    String(idOf(next.station)) !== String(idOf(originalDoc.station)) ||
    String(idOf(next.handler)) !== String(idOf(originalDoc.handler))
  // Assigning an accepted case is what puts it in progress.
  let to = (data.status ?? from) as EnquiryStatus
  if (to === 'accepted' && from === 'accepted' && assignmentChanged) to = 'in_progress'

  if (data.insertTemplate) {
    const template = await req.payload.findByID({ collection: 'replyTemplates', id: idOf(data.insertTemplate)!, req, depth: 0 })
    next.reply = next.reply?.trim() ? `${next.reply.trim()}\n\n${template.body}` : template.body
  }
  next.insertTemplate = null

  const errors = checkCaseChange(
    {
      from,
      to,
      declineReason: next.declineReason,
      station: idOf(next.station),
      handler: idOf(next.handler),
      reply: next.reply,
      closedAt: originalDoc.closedAt,
      reviewReason: next.reviewReason,
      extensionDays: next.extensionDays,
      extensionReason: next.extensionReason,
      previousExtensionDays: originalDoc.extensionDays,
    },
    now,
  )
  if (next.publication?.published) {
    if (!next.consent?.publish) errors['publication.published'] = '留言人未同意公开,不能选登'
    else if (to !== 'answered' && to !== 'closed') errors['publication.published'] = '答复后才能选登'
    if (!next.publication.subject?.trim()) errors['publication.subject'] = '请填写去除个人信息后的公开标题'
    if (!next.publication.body?.trim()) errors['publication.body'] = '请填写去除个人信息后的公开内容'
  }
  if (Object.keys(errors).length) {
    throw new ValidationError({
      collection: 'enquiries',
      errors: Object.entries(errors).map(([path, message]) => ({ path, message })),
      req,
    })
  }

  next.status = to
  const stamp = now.toISOString()
  if (to !== from) {
    if (to === 'accepted') next.acceptedAt = stamp
    if (to === 'declined') next.declinedAt = stamp
    if (to === 'answered') next.answeredAt = stamp
    if (to === 'closed') next.closedAt = stamp
    if (from === 'closed' && to === 'in_progress') {
      next.reviewRequestedAt = stamp
      next.answerDeadline = answerDeadline(now, 0, calendar).toISOString()
    }
  }
  if (to === 'accepted' && from === 'submitted') next.answerDeadline = answerDeadline(now, 0, calendar).toISOString()
  if ((next.extensionDays ?? 0) !== (originalDoc.extensionDays ?? 0) && next.acceptedAt) {
    next.answerDeadline = answerDeadline(new Date(next.acceptedAt), next.extensionDays, calendar).toISOString()
  }
  if (to === 'answered' && from !== 'answered') {
    const station = idOf(next.station)
    next.answeringDepartment = station
      ? (await req.payload.findByID({ collection: 'stations', id: station, req, depth: 0, draft: true })).name
      : DEFAULT_ANSWERING_DEPARTMENT
  }
  if (assignmentChanged) {
    next.assignments = [
      ...(originalDoc.assignments ?? []),
      { station: idOf(next.station), handler: idOf(next.handler), by: req.user?.id ?? null, at: stamp, note: next.assignmentNote ?? '' },
    ]
  }
  next.assignmentNote = ''
  next.clockState = clockState(next, now, calendar)
  return next
}
