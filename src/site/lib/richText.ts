import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

type LexicalData = Parameters<typeof convertLexicalToHTML>[0]['data']

/** Server-side HTML of a Lexical field; the public page ships no editor code. */
export const richTextToHtml = (data: unknown): string =>
  data ? convertLexicalToHTML({ data: data as LexicalData, disableContainer: true }) : ''
