import type { NewsCategory } from '../constants/news'

export type ParagraphKind = 'text' | 'heading' | 'caption'

export type Paragraph = { kind: ParagraphKind; text: string }

/** What the extractor reads out of one old article. */
export type ExtractedArticle = {
  title: string
  /** The file had no title line; the title was taken from the first sentence. */
  titleFromBody: boolean
  /** ISO date-time; absent when the file states no full date. */
  publishedAt?: string
  source?: string
  authors: string[]
  editor?: string
  paragraphs: Paragraph[]
}

export type CategoryGuess = { category: NewsCategory; reason: string }

export type StationCandidate = { id: string; name: string }
