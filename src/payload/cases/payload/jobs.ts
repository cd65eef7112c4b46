/**
 * The case engine's background tasks, on the workflow queue: the daily clock check with handler
 * reminders, the retention purge of personal data, key rotation, and the outbox's cleanup.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { WORKFLOW_QUEUE } from '../../constants/workflow'
import { CLOCK_STATE_LABELS, clockState, runningDeadline, toBeijingDate } from '../domain/clocks'
import { purgeCutoff } from '../domain/retention'
import { OPEN_STATUSES } from '../domain/status'
import { decrypt, encrypt, keyIdOf, keyRing } from '../infrastructure/keys'
import { outboxDir, purgeOutbox } from '../infrastructure/outbox'
import { enquiryKind } from '../kinds/enquiry'
import { loadCalendar } from './caseRules'

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
    where: { status: { in: [...OPEN_STATUSES] } },
    select: { trackingCode: true, subject: true, status: true, acceptDeadline: true, answerDeadline: true, clockState: true, handler: true },
    pagination: false,
    depth: 0,
    req,
  })
  let updated = 0
  const late: typeof open.docs = []
  for (const item of open.docs) {
    const state = clockState(item, now, calendar, enquiryKind.clocks)
    if (state !== item.clockState) {
      await payload.update({ collection: 'enquiries', id: item.id, data: { clockState: state }, context: { skipCaseRules: true }, depth: 0, req })
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

/** Case handlers without a station, filtered here: no "relationship is empty" query reads alike on both adapters (see access.ts). */
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

/**
 * Key rotation: re-encrypts every sealed phone and ID-card number with the current key, so an
 * old key can leave ENQUIRY_KEYS once this has run. Returns how many cases were re-encrypted.
 */
export const rekeyPersonalData = async (req: PayloadRequest): Promise<number> => {
  const ring = keyRing()
  const cases = await req.payload.find({
    collection: 'enquiries',
    where: { purgedAt: { exists: false } },
    select: { contact: { phoneSealed: true, idCardSealed: true } },
    pagination: false,
    depth: 0,
    req,
  })
  const stale = (sealed?: string | null) => Boolean(sealed) && keyIdOf(sealed!) !== ring.current
  const reseal = (sealed?: string | null) => (stale(sealed) ? encrypt(decrypt(sealed!, ring), ring) : sealed)
  let count = 0
  for (const item of cases.docs) {
    const { phoneSealed, idCardSealed } = item.contact ?? {}
    if (!stale(phoneSealed) && !stale(idCardSealed)) continue
    await req.payload.update({
      collection: 'enquiries',
      id: item.id,
      data: { contact: { phoneSealed: reseal(phoneSealed), idCardSealed: reseal(idCardSealed) } },
      context: { skipCaseRules: true },
      depth: 0,
      req,
    })
    count += 1
  }
  return count
}

export const enquiryRekey: TaskConfig = {
  slug: 'enquiryRekey',
  label: '留言个人信息密钥轮换',
  retries: 1,
  schedule: [{ cron: '0 0 3 * * 0', queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'resealed', type: 'number' }],
  handler: async ({ req }) => ({ output: { resealed: await rekeyPersonalData(req) } }),
}

export const PURGED_SUBJECT = '(个人信息已按保存期限删除)'

/**
 * Removes the personal data of cases closed (or declined) longer ago than the retention
 * period: contact details, the submitter's own words, review reason and attachments (with
 * their files). Kind, dates, status, station and reply stay, so the statistics stay.
 * Returns how many cases were purged.
 */
export const purgeExpiredPersonalData = async (req: PayloadRequest, now = new Date()): Promise<number> => {
  const cutoff = purgeCutoff(now).toISOString()
  const expired = await req.payload.find({
    collection: 'enquiries',
    where: {
      and: [
        { purgedAt: { exists: false } },
        { or: [{ and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: cutoff } }] }, { and: [{ status: { equals: 'declined' } }, { declinedAt: { less_than: cutoff } }] }] },
      ],
    },
    select: { status: true },
    pagination: false,
    depth: 0,
    req,
  })
  for (const { id } of expired.docs) {
    await req.payload.delete({ collection: 'enquiryAttachments', where: { enquiry: { equals: id } }, req })
    await req.payload.update({
      collection: 'enquiries',
      id,
      data: {
        subject: PURGED_SUBJECT,
        body: '',
        reviewReason: '',
        contact: { name: '', email: '', phoneMasked: '', idCardMasked: '', phoneSealed: '', idCardSealed: '' },
        purgedAt: now.toISOString(),
      },
      context: { skipCaseRules: true },
      depth: 0,
      req,
    })
  }
  return expired.docs.length
}

export const enquiryRetention: TaskConfig = {
  slug: 'enquiryRetention',
  label: '留言个人信息到期删除',
  retries: 2,
  schedule: [{ cron: '0 30 2 * * *', queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'purged', type: 'number' }],
  handler: async ({ req }) => ({ output: { purged: await purgeExpiredPersonalData(req) } }),
}

/** Nightly: messages in the outbox (no mail server or SMS provider set) are deleted after OUTBOX_RETENTION_DAYS. */
export const outboxRetention: TaskConfig = {
  slug: 'outboxRetention',
  label: '发件箱过期消息删除',
  retries: 2,
  schedule: [{ cron: '0 40 2 * * *', queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async () => ({ output: { deleted: purgeOutbox(outboxDir()) } }),
}

/** In the order the jobs config listed them before the plugin registered them. */
export const caseTasks: TaskConfig[] = [enquiryClocks, enquiryRetention, enquiryRekey, outboxRetention]
