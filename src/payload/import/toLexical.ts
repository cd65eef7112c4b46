import { toMarkdown } from './toMarkdown'
import type { Paragraph } from './types'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }
type LexicalState = { root: LexicalNode }

const token = (index: number) => `importparagraph${index}x`
const TOKEN = /^importparagraph(\d+)x$/u

/**
 * The body as Lexical. Payload's Markdown converter builds the structure (paragraphs, headings,
 * italic captions) from placeholders, and the text goes in afterwards, literally: old articles
 * hold characters Markdown would read as syntax (1+1+1>3, *, #, [ ]) and the converter does
 * not honour every escape.
 */
export const toLexical = <T>(paragraphs: readonly Paragraph[], convert: (markdown: string) => T): T => {
  const state = convert(toMarkdown(paragraphs, (_, index) => token(index)))
  const fill = (node: LexicalNode) => {
    const match = typeof node.text === 'string' ? TOKEN.exec(node.text) : null
    if (match) node.text = paragraphs[Number(match[1])].text
    node.children?.forEach(fill)
  }
  fill((state as LexicalState).root)
  return state
}
