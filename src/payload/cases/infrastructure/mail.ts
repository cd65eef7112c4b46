import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { SentMessageInfo, Transporter } from 'nodemailer'

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
