/**
 * The search synonyms kept in 网站设置 (搜索同义词): one group of words meaning the same per line,
 * separated by spaces, 、, commas or slashes. The admin validates the text with synonymsProblem;
 * the site's search reads the groups with parseSynonyms.
 */
const SEPARATORS = /[\s、,，/／;；]+/u

/** Longest word in a group: a synonym is a word, not a sentence. */
export const SYNONYM_MAX_LENGTH = 20

export const parseSynonyms = (text: string): string[][] =>
  text
    .split(/\r?\n/)
    .map((line) => [...new Set(line.split(SEPARATORS).filter(Boolean))])
    .filter((group) => group.length > 1)

/** A Chinese message for the first line the site could not use, or null. */
export const synonymsProblem = (text: string): string | null => {
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    const words = line.split(SEPARATORS).filter(Boolean)
    if (words.length === 1) return `第 ${index + 1} 行只有一个词“${words[0]}”:每行至少写两个意思相同的词。`
    const long = words.find((word) => word.length > SYNONYM_MAX_LENGTH)
    if (long) return `第 ${index + 1} 行的“${long.slice(0, 10)}…”超过 ${SYNONYM_MAX_LENGTH} 个字:同义词应是一个词。`
  }
  return null
}
