import nodemailer, { type SentMessageInfo, type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { outboxDir, outboxTransport } from './outbox'

export type Sender = { name: string; address: string }

type Options = {
  transport: Transporter<SentMessageInfo>
  from: Sender
  /** Where the transport's output goes once it has made the message (the outbox writes it to a file). */
  deliver?: (info: SentMessageInfo) => void | Promise<void>
}

type AddressList = SendEmailOptions['to']

const recipients = (to: AddressList): string =>
  (Array.isArray(to) ? to : [to])
    .map((one): string => (!one ? '' : typeof one === 'string' ? one : Array.isArray(one) ? recipients(one) : (one.address ?? '')))
    .filter(Boolean)
    .join(', ')

/**
 * Payload's e-mail adapter over a nodemailer transport. Logs one line per message, recipient and
 * subject only: bodies carry tracking secrets and password-reset links.
 */
export const nodemailerAdapter =
  ({ transport, from, deliver }: Options): EmailAdapter<SentMessageInfo> =>
  ({ payload }) => ({
    name: 'nodemailer',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const info = await transport.sendMail({ from, ...message })
      await deliver?.(info)
      payload.logger.info({ msg: `e-mail to ${recipients(message.to)}: ${message.subject ?? ''}` })
      return info
    },
  })

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
