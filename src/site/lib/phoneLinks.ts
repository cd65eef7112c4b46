import { escapeHtml } from '../../shared'

/**
 * Chinese telephone numbers as they are written in articles and station profiles:
 * - landlines with the area code: 0739-5321234, 0739 5321234, (0739)5321234, 010-12345678;
 * - mobiles: 13807391234, 138 0739 1234, 138-0739-1234;
 * - 400/800 service numbers: 400-123-4567;
 * - the five-digit public hotlines (12345 政务服务, 12315, 12333, 12348, 12366, 12393 …).
 * A number must stand on its own: no ASCII letter, digit, slash, dot or dash before it, none after
 * it (nor a dash, slash or dot followed by a digit), so dates (2026-12-01, 2026.12.01), document
 * and index numbers (〔2024〕12号, 000014349/2024-00012), ID numbers and amounts are left alone.
 */
const HOTLINES = ['12345', '12315', '12333', '12348', '12358', '12366', '12369', '12320', '12351', '12380', '12388', '12393']
const PHONE = new RegExp(
  String.raw`(?<![0-9A-Za-z/.\-－_])(?:(?:[(（]0\d{2,3}[)）] ?|0\d{2,3}[-－ ]?)[1-9]\d{6,7}|1[3-9]\d(?:[- ]?\d{4}){2}|[48]00[- ]?\d{3}[- ]?\d{4}|${HOTLINES.join('|')})(?![0-9A-Za-z]|[-－/.]\d)`,
  'g',
)

/** The tel: address of a written number: its digits (and a leading +), or null when it has none. */
export const telHref = (phone: string): string | null => {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '')
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null
}

export type TextPart = { text: string; tel?: string }

/** `text` cut into plain parts and telephone numbers (with their tel: address). */
export const phoneParts = (text: string): TextPart[] => {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(PHONE)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) })
    parts.push({ text: match[0], tel: telHref(match[0])! })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

/** `text` as HTML with each telephone number a tap-to-call link; `render` shows a part's text (escaped by default). */
export const linkPhones = (text: string, render: (text: string) => string = escapeHtml): string =>
  phoneParts(text)
    .map((part) => (part.tel ? `<a href="${part.tel}">${render(part.text)}</a>` : render(part.text)))
    .join('')
