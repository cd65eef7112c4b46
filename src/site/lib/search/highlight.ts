import { escapeHtml } from '../../../shared'

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * An HTML excerpt around the first match with every matched term in <mark>.
 * `normalized` is the text as indexed (Simplified); terms come from the same tokenizer.
 */
export const highlight = (text: string, terms: string[], radius = 60): string => {
  const usable = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length)
  if (usable.length === 0) return escapeHtml(text.slice(0, radius * 2))
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'gi')
  const first = text.search(pattern)
  const start = Math.max(0, first - radius)
  const excerpt = text.slice(start, start + radius * 2 + 20)
  const marked = escapeHtml(excerpt).replace(
    new RegExp(usable.map((term) => escapeRegExp(escapeHtml(term))).join('|'), 'gi'),
    (match) => `<mark>${match}</mark>`,
  )
  return `${start > 0 ? '…' : ''}${marked}${start + excerpt.length < text.length ? '…' : ''}`
}
