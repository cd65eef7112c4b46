import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nodemailer, { type SentMessageInfo } from 'nodemailer'

/**
 * Without a mail server, each message is made as a complete .eml file in `dir` (openable in any
 * mail program), so the demo and the tests can read what would have been sent.
 */
export const outboxTransport = (dir: string) => ({
  transport: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
  deliver: (info: SentMessageInfo) => {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    writeFileSync(path.join(dir, `${stamp}-${randomUUID().slice(0, 8)}.eml`), info.message as Buffer, { mode: 0o600 })
  },
})
