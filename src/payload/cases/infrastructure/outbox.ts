/**
 * The outbox: where e-mail and text messages go when no mail server (SMTP_URL) or SMS provider
 * is configured, and how long they stay there.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nodemailer, { type SentMessageInfo } from 'nodemailer'

import { dataDir } from '../../env'
import { maskPhone } from '../domain/personalData'
import { isOutboxMessage, outboxMessageExpired, outboxRetentionDays } from '../domain/retention'
import type { SmsSender } from './sms'

/** Where mail and text messages go when no mail server or SMS provider is configured. */
export const outboxDir = (): string => path.join(dataDir(), 'outbox')

/** One message as a file in `dir`, named by the time it was written (readable by its owner only). */
const writeMessage = (dir: string, extension: string, content: string | Buffer) => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const write = () => writeFileSync(path.join(dir, `${stamp}-${randomUUID().slice(0, 8)}.${extension}`), content, { mode: 0o600 })
  // The folder is made when missing only: a mkdir per message was a system call on every submission.
  try {
    write()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    write()
  }
}

/**
 * Without a mail server, each message is made as a complete .eml file in `dir` (openable in any
 * mail program), so the demo and the tests can read what would have been sent.
 */
export const outboxTransport = (dir: string) => ({
  transport: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
  deliver: (info: SentMessageInfo) => writeMessage(dir, 'eml', info.message as Buffer),
})

/**
 * The text-message sender used until a deployment registers its provider's: each message is
 * written as a .sms.txt file next to the outbox's e-mails, and one line (masked number only) is logged.
 */
export const outboxSmsSender = (dir: () => string, log: (line: string) => void = console.log): SmsSender => ({
  send: async (phone, text) => {
    writeMessage(dir(), 'sms.txt', `To: ${phone}\n\n${text}\n`)
    log(`[sms] to ${maskPhone(phone)} written to the outbox`)
  },
})

/**
 * Deletes the outbox's messages older than the retention period. They hold what was sent —
 * phone numbers, e-mail addresses, tracking secrets — so they must not outlive their use.
 * Returns how many were deleted; a missing folder means nothing to do.
 */
export const purgeOutbox = (dir: string, now = new Date(), days = outboxRetentionDays()): number => {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  let deleted = 0
  for (const name of names.filter(isOutboxMessage)) {
    const file = path.join(dir, name)
    if (!outboxMessageExpired(statSync(file).mtime, now, days)) continue
    rmSync(file, { force: true })
    deleted += 1
  }
  return deleted
}
