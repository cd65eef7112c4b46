import { parseSynonyms } from '../../../shared'
import { normalize } from './tokenize'

/** At most this many rewritten queries are searched beside the one typed. */
const MAX_ALTERNATIVES = 6

/**
 * The query rewritten with the synonyms of 网站设置 (搜索同义词): each word of a group found in the
 * query replaced by the group's other words, in Simplified. `used` is what the results page says
 * it also searched for.
 */
export const synonymAlternatives = (query: string, synonymsText: string): { alternatives: string[]; used: string[] } => {
  const typed = normalize(query)
  const alternatives = new Set<string>()
  const used = new Set<string>()
  for (const group of parseSynonyms(synonymsText).map((words) => [...new Set(words.map(normalize))])) {
    // Longest first, so that 优待证 is replaced before 优待 in the same group.
    const found = [...group].sort((a, b) => b.length - a.length).find((word) => typed.includes(word))
    if (!found) continue
    for (const other of group) {
      // 抚恤 and 抚恤金: the pairs already find the longer from the shorter; rewriting would only make 抚恤金补助 of 抚恤补助.
      if (other.includes(found) || found.includes(other) || typed.includes(other) || alternatives.size >= MAX_ALTERNATIVES) continue
      alternatives.add(typed.split(found).join(other))
      used.add(other)
    }
  }
  return { alternatives: [...alternatives], used: [...used] }
}
