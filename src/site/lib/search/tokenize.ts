import { simplify } from '../traditional'

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
/** A word with a Chinese character in it: a query's Chinese is taken by stretches, not by words. */
const HAN = /\p{Script=Han}/u

/** Normalises for matching: Traditional → Simplified, full-width → half-width, lower case. */
export const normalize = (text: string): string => simplify(text.normalize('NFKC')).toLowerCase()

const words = (normalized: string): string[] =>
  Array.from(segmenter.segment(normalized))
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)

const bigrams = (run: string): string[] => Array.from({ length: run.length - 1 }, (_, index) => run.slice(index, index + 2))

/**
 * Words as Node's ICU dictionary cuts them (Intl.Segmenter), normalised to Simplified: what
 * the search page highlights and what matches a one-character query.
 */
export const tokenize = (text: string): string[] => words(normalize(text))

/**
 * What an entry is indexed under: its words, and every pair of neighbouring Chinese characters
 * within a word-like stretch. The dictionary and the reader often cut a compound differently
 * (抚恤补助资格认证 holds 补助 only as characters, not as a word), so the pairs are what
 * guarantee that text printed on the page is found.
 */
export const indexTerms = (text: string): string[] => {
  const normalized = normalize(text)
  const terms = new Set(words(normalized))
  for (const run of normalized.match(/\p{Script=Han}{2,}/gu) ?? []) for (const pair of bigrams(run)) terms.add(pair)
  return [...terms]
}

/**
 * What a query asks for: each stretch of Chinese characters as its character pairs (an entry that
 * holds the stretch verbatim is indexed under all of them; the dictionary may cut 优待 into two
 * characters in a query and keep 优待证 whole on the page), a lone character as itself, and any
 * other word (numbers, Latin letters) as the dictionary cuts it.
 */
export const queryTerms = (query: string): string[] => {
  const normalized = normalize(query)
  const terms = new Set<string>()
  for (const run of normalized.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) terms.add(run)
    else for (const pair of bigrams(run)) terms.add(pair)
  }
  for (const word of words(normalized)) if (!HAN.test(word)) terms.add(word)
  return [...terms]
}

/** The query's pieces as typed (split on spaces), normalised: what a phrase match and the highlight look for. */
export const queryPhrases = (query: string): string[] => [...new Set(normalize(query).split(/\s+/).filter(Boolean))]

/**
 * What the excerpt marks: the query's pieces as typed, and its words of two characters or more
 * (a lone character only when the query is one): 优待 marks 优待, not the 待 of 接待.
 */
export const highlightTerms = (query: string): string[] => {
  const phrases = queryPhrases(query)
  const longer = tokenize(query).filter((word) => word.length > 1 || phrases.length === 1 && phrases[0] === word)
  return [...new Set([...phrases, ...longer])]
}

/**
 * The words a query must hold when matched by words (its pairs are the other way to match). The
 * dictionary cuts a word it does not know into characters (优代证 → 优 代 证, 优待 → 优 待) that
 * any long text holds somewhere; neighbouring lone characters are taken as their pairs instead
 * (优代, 代证), which are indexed too. A character alone between words stays as it is.
 */
export const queryWords = (query: string): string[] => {
  const terms: string[] = []
  let run = ''
  const endRun = () => {
    if (run.length === 1) terms.push(run)
    else terms.push(...bigrams(run))
    run = ''
  }
  for (const word of tokenize(query)) {
    if (word.length === 1 && HAN.test(word)) run += word
    else {
      endRun()
      terms.push(word)
    }
  }
  endRun()
  return [...new Set(terms)]
}
