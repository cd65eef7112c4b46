import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { OPEN_ENQUIRY_STATUSES } from '../constants/enquiries'
import { WORKFLOW_QUEUE } from '../constants/workflow'
import { CLOCK_STATE_LABELS, clockState, runningDeadline } from '../enquiries/clocks'
import { toBeijingDate } from '../enquiries/workingDays'
import { SKIP_CASE_RULES } from '../collections/Enquiries/hooks/applyCaseRules'
import { loadCalendar } from '../collections/Enquiries/loadCalendar'

type Reminder = { to: string; lines: string[] }

/**
 * Recomputes every open case's clock (on time, due soon, overdue) and reminds each assigned
 * handler of their due-soon and overdue cases in one e-mail. Unassigned cases go to the
 * bureau's handlers (those without a station). Returns how many reminders were sent.
 */
export const refreshClocks = async (req: PayloadRequest, now = new Date()): Promise<{ updated: number; reminded: number }> => {
  const { payload } = req
  const calendar = await loadCalendar(req)
  const open = await payload.find({
    collection: 'enquiries',
    where: { status: { in: [...OPEN_ENQUIRY_STATUSES] } },
    select: { trackingCode: true, subject: true, status: true, acceptDeadline: true, answerDeadline: true, clockState: true, handler: true },
    pagination: false,
    depth: 0,
    req,
  })
  let updated = 0
  const late: typeof open.docs = []
  for (const item of open.docs) {
    const state = clockState(item, now, calendar)
    if (state !== item.clockState) {
      await payload.update({ collection: 'enquiries', id: item.id, data: { clockState: state }, context: { [SKIP_CASE_RULES]: true }, depth: 0, req })
      updated += 1
    }
    if (state === 'dueSoon' || state === 'overdue') late.push({ ...item, clockState: state })
  }
  const bureauHandlers = await bureauHandlerEmails(payload, req)
  const handlerEmails = new Map<string, string>()
  const reminders = new Map<string, Reminder>()
  for (const item of late) {
    const handlerId = item.handler ? String(item.handler) : null
    if (handlerId && !handlerEmails.has(handlerId)) {
      const user = await payload.findByID({ collection: 'users', id: handlerId, depth: 0, req }).catch(() => null)
      if (user) handlerEmails.set(handlerId, user.email)
    }
    const recipients = handlerId && handlerEmails.get(handlerId) ? [handlerEmails.get(handlerId)!] : bureauHandlers
    const deadline = runningDeadline(item)
    const line = `${CLOCK_STATE_LABELS[item.clockState!]} ${item.trackingCode} ${item.subject}(期限 ${deadline ? toBeijingDate(new Date(deadline)) : '—'})`
    for (const to of recipients) {
      const reminder = reminders.get(to) ?? { to, lines: [] }
      reminder.lines.push(line)
      reminders.set(to, reminder)
    }
  }
  for (const reminder of reminders.values()) {
    await payload.sendEmail({
      to: reminder.to,
      subject: `留言办理提醒:${reminder.lines.length} 件即将到期或已超期`,
      text: ['以下留言即将到期或已经超期,请尽快办理:', '', ...reminder.lines].join('\n'),
    })
  }
  return { updated, reminded: reminders.size }
}

/** Case handlers without a station, filtered here: no "relationship is empty" query reads alike on both adapters (see caseScope.ts). */
const bureauHandlerEmails = async (payload: Payload, req: PayloadRequest): Promise<string[]> =>
  (
    await payload.find({
      collection: 'users',
      where: { roles: { contains: 'caseHandler' } },
      select: { email: true, station: true },
      pagination: false,
      depth: 0,
      req,
    })
  ).docs
    .filter((user) => !user.station)
    .map((user) => user.email)

export const enquiryClocks: TaskConfig = {
  slug: 'enquiryClocks',
  label: '留言期限检查与提醒',
  retries: 2,
  schedule: [{ cron: '0 0 8 * * *', queue: WORKFLOW_QUEUE }],
  outputSchema: [
    { name: 'updated', type: 'number' },
    { name: 'reminded', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await refreshClocks(req) }),
}
