/**
 * The handling buttons above a case's status: only the actions the person may take now
 * (domain/actions.ts), each opening a short form (CaseActionForms.tsx) that asks for what that
 * action needs. Rendered on the server so the rule, the holiday calendar and the lists the forms
 * offer (stations, staff, reply templates) come from the same place the endpoint checks them.
 */
import type { Payload, PayloadRequest } from 'payload'

import { availableActions, closableFrom, closingNeedsReason } from '../../domain/actions'
import type { CaseStatus } from '../../domain/status'
import { enquiryKind } from '../../kinds/enquiry'
import { idOf } from '../../../../shared'
import { loadCalendar } from '../caseRules'
import { CaseActionForms } from './CaseActionForms'

type Props = { data?: Record<string, unknown>; id?: string | number; payload: Payload; req: PayloadRequest }

const kind = enquiryKind

export const CaseActions = async ({ data, id, payload, req }: Props) => {
  if (!id || !data?.status || !req.user) return null
  const status = data.status as CaseStatus
  const actions = availableActions({ status, extensionDays: data.extensionDays as number | null }, req.user)
  if (!actions.length) {
    return (
      <div className="case-actions" style={{ marginBottom: '1.5rem' }}>
        <p>这条留言现在是“{kind.statusLabels[status]}”,您没有可以办理的操作。</p>
      </div>
    )
  }
  const calendar = await loadCalendar(req)
  const answeredAt = (data.answeredAt as string | null) ?? null
  const closing = { answeredAt, satisfaction: (data.satisfaction as string | null) ?? null }
  const [stations, staff, templates] = await Promise.all([
    actions.includes('assign')
      ? payload.find({ collection: 'stations', depth: 0, pagination: false, sort: 'name', select: { name: true }, req })
      : { docs: [] },
    // Names only, to choose whom to assign: staff may not read the accounts themselves.
    actions.includes('assign')
      ? payload.find({ collection: 'users', where: { roles: { in: ['caseHandler', 'stationStaff'] } }, depth: 0, pagination: false, sort: 'name', select: { name: true, email: true } })
      : { docs: [] },
    actions.includes('answer')
      ? payload.find({ collection: 'replyTemplates', depth: 0, pagination: false, sort: 'title', select: { title: true, body: true }, req, user: req.user, overrideAccess: false })
      : { docs: [] },
  ])
  return (
    <CaseActionForms
      actions={actions}
      caseId={String(id)}
      statusLabel={kind.statusLabels[status]}
      current={{
        station: idOf(data.station) ?? '',
        handler: idOf(data.handler) ?? '',
        reply: String(data.reply ?? ''),
      }}
      maxExtension={kind.clocks.maxExtension}
      answerWithin={kind.clocks.answerWithin}
      closing={{
        needsReason: closingNeedsReason(closing, new Date(), calendar, kind.clocks),
        ratingWithin: kind.clocks.ratingWithin,
        reviewWithinDays: kind.clocks.reviewWithinDays,
        closableFrom: answeredAt ? closableFrom(answeredAt, calendar, kind.clocks) : null,
      }}
      stations={stations.docs.map((station) => ({ value: String(station.id), label: String(station.name) }))}
      staff={staff.docs.map((user) => ({ value: String(user.id), label: String(user.name || user.email) }))}
      templates={templates.docs.map((template) => ({ value: String(template.id), label: String(template.title), body: String(template.body) }))}
    />
  )
}
