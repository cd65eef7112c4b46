import type { Paragraph } from './types'

/** Characters Markdown would read as syntax; old articles mean them literally (1+1+1>3, *注). */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\\`*_[\]<>#|~!]/gu, (char) => `\\${char}`).replace(/^([-+=])(?=\s|$)/u, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/u, '$1\\$2')

/** Headings become level-3 headings, captions italic paragraphs of their own, the rest paragraphs. */
export const toMarkdown = (paragraphs: readonly Paragraph[]): string =>
  paragraphs
    .map(({ kind, text }) => {
      const escaped = escapeMarkdown(text)
      return kind === 'heading' ? `### ${escaped}` : kind === 'caption' ? `*${escaped}*` : escaped
    })
    .join('\n\n')
