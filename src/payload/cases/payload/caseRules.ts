/** The handling workflow of a case (a beforeChange hook), and the holiday calendar its clocks count with. */
import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { acceptDeadline, answerDeadline, clockState, type HolidayCalendar } from '../domain/clocks'
import { withOfficialCalendar } from '../domain/officialCalendar'
import { staffChangeRefusal } from '../domain/actions'
import { type CaseStatus, checkCaseChange } from '../domain/status'
import type { CaseKind } from '../kinds/caseKind'
import { idOf } from '../../../shared'



/**
 * The handling workflow: refuses transitions the rules do not allow, stamps dates, runs the
 * kind's legal clocks, records every (re)assignment and inserts a chosen reply template.
 */
export const applyCaseRules =
  (kind: CaseKind): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    if (context.skipCaseRules) return data
    const now = new Date()
    const calendar = await loadCalendar(req)
    const rules = kind.clocks

    if (operation === 'create') {
      const deadline = acceptDeadline(now, calendar, rules).toISOString()
      return { ...data, status: 'submitted', acceptDeadline: deadline, clockState: 'onTime' }
    }

    const from = originalDoc.status as CaseStatus
    const next = { ...originalDoc, ...data }
    const assignmentChanged =
      String(idOf(next.station)) !== String(idOf(originalDoc.station)) ||
      String(idOf(next.handler)) !== String(idOf(originalDoc.handler))
    // Assigning an accepted case is what puts it in progress.
    let to = (data.status ?? from) as CaseStatus
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
        answeredAt: originalDoc.answeredAt,
        satisfaction: next.satisfaction,
        closeReason: next.closeReason,
      },
      now,
      rules,
      calendar,
    )
    // Staff change states only through the actions their role allows; the submitter's rating and
    // review request (services/lookup.ts) and the system run without a user.
    const staffRefusal = req.user ? staffChangeRefusal(from, to, req.user) : null
    if (staffRefusal && !errors.status) errors.status = staffRefusal
    if (next.publication?.published) {
      if (!next.consent?.publish) errors['publication.published'] = '留言人未同意公开,不能选登'
      else if (to !== 'answered' && to !== 'closed') errors['publication.published'] = '答复后才能选登'
      if (!next.publication.subject?.trim()) errors['publication.subject'] = '请填写去除个人信息后的公开标题'
      if (!next.publication.body?.trim()) errors['publication.body'] = '请填写去除个人信息后的公开内容'
    }
    if (Object.keys(errors).length) {
      throw new ValidationError({
        collection: kind.slug,
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
        next.answerDeadline = answerDeadline(now, 0, calendar, rules).toISOString()
      }
    }
    if (to === 'accepted' && from === 'submitted') next.answerDeadline = answerDeadline(now, 0, calendar, rules).toISOString()
    if ((next.extensionDays ?? 0) !== (originalDoc.extensionDays ?? 0) && next.acceptedAt) {
      next.answerDeadline = answerDeadline(new Date(next.acceptedAt), next.extensionDays, calendar, rules).toISOString()
    }
    if (to === 'answered' && from !== 'answered') {
      const station = idOf(next.station)
      next.answeringDepartment = station
        ? (await req.payload.findByID({ collection: 'stations', id: station, req, depth: 0, draft: true })).name
        : kind.answeringDepartment
    }
    if (assignmentChanged) {
      next.assignments = [
        ...(originalDoc.assignments ?? []),
        { station: idOf(next.station), handler: idOf(next.handler), by: req.user?.id ?? null, at: stamp, note: next.assignmentNote ?? '' },
      ]
    }
    next.assignmentNote = ''
    next.clockState = clockState(next, now, calendar, rules)
    return next
  }

const CACHE_MS = 60_000
let cached: { at: number; calendar: HolidayCalendar } | undefined

/** Forgets the cached calendar (the global's afterChange hook calls this). */
export const forgetCalendar = (): void => {
  cached = undefined
}

/**
 * The holiday calendar the clocks count with. Cached for a minute: every submission needs it,
 * and it changes a few times a year.
 */
export const loadCalendar = async (req: PayloadRequest): Promise<HolidayCalendar> => {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.calendar
  const calendar = withOfficialCalendar(await enteredCalendar(req.payload))
  cached = { at: Date.now(), calendar }
  return calendar
}

/** What staff entered in 节假日安排 (the clocks count with it and the official schedule, loadCalendar). */
export const enteredCalendar = async (payload: PayloadRequest['payload']): Promise<HolidayCalendar> => {
  const global = await payload.findGlobal({ slug: 'holidayCalendar', depth: 0 })
  return { holidays: (global.holidays ?? []).map((item) => item.date), workdays: (global.workdays ?? []).map((item) => item.date) }
}
