import type { NewsCategory } from '../constants/news'

export type ParagraphKind = 'text' | 'heading' | 'caption'

export type Paragraph = { kind: ParagraphKind; text: string }

/** What the extractor reads out of one old article. */
export type ExtractedArticle = {
  title: string
  /** The file had no title line; the title was taken from the first sentence. */
  titleFromBody: boolean
  /** The first sentence was longer than a title and was cut at a clause boundary. */
  titleShortened: boolean
  /** Lines at the ends of the body that look like page chrome the rules missed; kept, and flagged. */
  residue: { where: 'start' | 'end'; line: string }[]
  /** ISO date-time; absent when the file states no full date. */
  publishedAt?: string
  source?: string
  authors: string[]
  editor?: string
  paragraphs: Paragraph[]
}

export type CategoryGuess = { category: NewsCategory; reason: string }

export type StationCandidate = { id: string; name: string }
