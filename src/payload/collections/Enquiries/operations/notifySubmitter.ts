import type { Payload } from 'payload'

import { smsSender } from '../../../enquiries/sms'

type Receipt = { trackingCode: string; secret: string; phone: string; email?: string }

/**
 * Sends the tracking code and secret to the submitter: by e-mail through Payload's adapter
 * (src/payload/email) when they gave an address (the form says it will be used for this), and
 * by SMS through the registered sender (the outbox until one is registered). A failure here
 * never fails the submission: the code is shown on screen anyway.
 */
export const notifySubmitter = async (payload: Payload, receipt: Receipt): Promise<void> => {
  const text = `您的留言已收到。查询码 ${receipt.trackingCode},查询密码 ${receipt.secret}。请妥善保管,可在网站“留言查询”查看办理进度。`
  const sends: Promise<unknown>[] = []
  if (receipt.email) sends.push(payload.sendEmail({ to: receipt.email, subject: '留言已收到', text }))
  sends.push(smsSender().send(receipt.phone, text))
  const results = await Promise.allSettled(sends)
  for (const result of results) {
    if (result.status === 'rejected') payload.logger.warn({ err: result.reason, msg: 'enquiry receipt could not be sent' })
  }
}
