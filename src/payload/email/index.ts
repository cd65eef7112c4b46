import nodemailer, { type SentMessageInfo } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { nodemailerAdapter, type Sender } from './adapter'
import { outboxTransport } from './outbox'
import { outboxDir } from './outboxDir'

const DEFAULT_SENDER: Sender = { name: '退役军人事务局', address: 'noreply@localhost' }

/** EMAIL_FROM as `名称 <address>` or a bare address. */
export const parseSender = (value: string | undefined): Sender => {
  const text = value?.trim()
  if (!text) return DEFAULT_SENDER
  const named = /^"?(.*?)"?\s*<([^>]+)>$/.exec(text)
  return named ? { name: named[1].trim() || DEFAULT_SENDER.name, address: named[2].trim() } : { name: DEFAULT_SENDER.name, address: text }
}

/**
 * All mail the back office sends (enquiry receipts, handler reminders, password resets):
 * through SMTP_URL (e.g. smtps://user:pass@mail.example.gov.cn:465) when set, otherwise into the
 * outbox. The environment is read when Payload starts, not when the config is imported.
 */
export const emailAdapter =
  (): EmailAdapter<SentMessageInfo> =>
  (args) => {
    const from = parseSender(process.env.EMAIL_FROM)
    const smtp = process.env.SMTP_URL
    if (!smtp) args.payload.logger.info({ msg: `e-mail: SMTP_URL is not set, messages are written to ${outboxDir()}` })
    const adapter = smtp
      ? nodemailerAdapter({ transport: nodemailer.createTransport(smtp), from })
      : nodemailerAdapter({ ...outboxTransport(outboxDir()), from })
    return adapter(args)
  }
