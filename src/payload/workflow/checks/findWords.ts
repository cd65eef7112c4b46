export type WordHit = { word: string; excerpt: string }

const EXCERPT = 12

/** Every occurrence of each listed word, with the text around it so an editor can find it. */
export const findWords = (text: string, words: readonly string[]): WordHit[] => {
  const hits: WordHit[] = []
  for (const word of new Set(words.map((entry) => entry.trim()).filter(Boolean))) {
    let from = text.indexOf(word)
    while (from !== -1) {
      const start = Math.max(0, from - EXCERPT)
      const end = Math.min(text.length, from + word.length + EXCERPT)
      const around = text.slice(start, end).replace(/\s+/g, ' ')
      hits.push({ word, excerpt: `${start > 0 ? '…' : ''}${around}${end < text.length ? '…' : ''}` })
      from = text.indexOf(word, from + word.length)
    }
  }
  return hits
}
