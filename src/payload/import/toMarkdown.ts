import type { Paragraph } from './types'

/**
 * The cleaned article as Markdown, for the preview and as the structure handed to Payload's
 * Markdown converter: headings are level-3 headings, captions italic paragraphs of their own.
 */
export const toMarkdown = (paragraphs: readonly Paragraph[], text: (paragraph: Paragraph, index: number) => string = (paragraph) => paragraph.text): string =>
  paragraphs
    .map((paragraph, index) => {
      const content = text(paragraph, index)
      return paragraph.kind === 'heading' ? `### ${content}` : paragraph.kind === 'caption' ? `*${content}*` : content
    })
    .join('\n\n')
