import type { PayloadRequest, TaskConfig } from 'payload'

import { WORKFLOW_QUEUE } from '../constants/workflow'
import { purgeCutoff } from '../enquiries/retention'
import { SKIP_CASE_RULES } from '../collections/Enquiries/hooks/applyCaseRules'

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
      context: { [SKIP_CASE_RULES]: true },
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
