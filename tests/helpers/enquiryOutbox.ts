import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type OutboxMail = { file: string; headers: Record<string, string>; subject: string; body: string }

const decodeWords = (value: string) =>
  value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  )

const decodeBody = (body: string, encoding = '') => {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/quoted-printable/i.test(encoding)) {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
  }
  return body
}

/** A single-part .eml as the outbox writes it: headers (encoded words decoded) and the decoded body. */
export const readOutboxMail = (file: string): OutboxMail => {
  const raw = readFileSync(file, 'latin1')
  const split = raw.search(/\r?\n\r?\n/)
  const headers: Record<string, string> = {}
  for (const line of raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8'))
  }
  return { file, headers, subject: headers.subject ?? '', body: decodeBody(raw.slice(split).trim(), headers['content-transfer-encoding']) }
}

/** Every .eml in the outbox, oldest first. */
export const outboxMails = (dir: string): OutboxMail[] => {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .map((name) => readOutboxMail(path.join(dir, name)))
  } catch {
    return []
  }
}
