import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { maskPhone } from '../enquiries/mask'
import type { SmsSender } from '../enquiries/sms'

/**
 * The text-message sender used until a deployment registers its provider's: each message is
 * written as a .sms.txt file next to the outbox's e-mails, and one line (masked number only) is logged.
 */
export const outboxSmsSender = (dir: () => string, log: (line: string) => void = console.log): SmsSender => ({
  send: async (phone, text) => {
    mkdirSync(dir(), { recursive: true, mode: 0o700 })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    writeFileSync(path.join(dir(), `${stamp}-${randomUUID().slice(0, 8)}.sms.txt`), `To: ${phone}\n\n${text}\n`, { mode: 0o600 })
    log(`[sms] to ${maskPhone(phone)} written to the outbox`)
  },
})
