import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { emailAdapter, parseSender } from '../../src/payload/cases/infrastructure/mail'
import { outboxSmsSender } from '../../src/payload/cases/infrastructure/outbox'
import { outboxMails } from '../helpers/enquiryOutbox'

const dataDir = mkdtempSync(path.join(tmpdir(), 'va-mail-'))
const outbox = path.join(dataDir, 'outbox')
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const fakePayload = (lines: string[]) => ({ logger: { info: ({ msg }: { msg: string }) => lines.push(msg) } }) as unknown as Payload

describe('e-mail adapter', () => {
  it('should read EMAIL_FROM with or without a name', () => {
    expect(parseSender('南屏县退役军人事务局 <noreply@nanping.example>')).toEqual({ name: '南屏县退役军人事务局', address: 'noreply@nanping.example' })
    expect(parseSender('noreply@nanping.example')).toEqual({ name: '退役军人事务局', address: 'noreply@nanping.example' })
    expect(parseSender(undefined).address).toBe('noreply@localhost')
  })

  it('should write each message to the outbox as .eml and log recipient and subject only', async () => {
    Object.assign(process.env, { DATA_DIR: dataDir, EMAIL_FROM: '南屏县退役军人事务局 <noreply@nanping.example>' })
    delete process.env.SMTP_URL
    const lines: string[] = []
    const adapter = emailAdapter()({ payload: fakePayload(lines) })
    expect(adapter.defaultFromAddress).toBe('noreply@nanping.example')
    await adapter.sendEmail({ to: 'veteran@example.com', subject: '留言已收到', text: '查询码 ABCDE-12345,查询密码 s3cret-value' })
    const mails = outboxMails(outbox)
    expect(mails).toHaveLength(1)
    expect(mails[0].headers.to).toBe('veteran@example.com')
    expect(mails[0].headers.from).toBe('南屏县退役军人事务局 <noreply@nanping.example>')
    expect(mails[0].subject).toBe('留言已收到')
    expect(mails[0].body).toBe('查询码 ABCDE-12345,查询密码 s3cret-value')
    expect(lines.at(-1)).toBe('e-mail to veteran@example.com: 留言已收到')
    expect(lines.join('\n')).not.toContain('s3cret-value')
  })

  it('should write text messages to the outbox and log the number masked', async () => {
    const lines: string[] = []
    await outboxSmsSender(() => outbox, (line) => lines.push(line)).send('13812341234', '查询码 ABCDE-12345')
    const [file] = readdirSync(outbox).filter((name) => name.endsWith('.sms.txt'))
    expect(readFileSync(path.join(outbox, file), 'utf8')).toBe('To: 13812341234\n\n查询码 ABCDE-12345\n')
    expect(lines).toEqual(['[sms] to 138****1234 written to the outbox'])
  })
})
