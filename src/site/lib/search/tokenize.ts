import { simplify } from '../traditional'

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

/** Normalises for matching: Traditional → Simplified, full-width → half-width, lower case. */
export const normalize = (text: string): string => simplify(text.normalize('NFKC')).toLowerCase()

/**
 * Chinese word segmentation with the ICU dictionary that ships in Node (Intl.Segmenter),
 * so 退役军人 matches as words, not as a substring of anything.
 */
export const tokenize = (text: string): string[] =>
  Array.from(segmenter.segment(normalize(text)))
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)
