import { stripKeywordTail } from './keywordTail'
import { compactLine } from './normalizeLine'
import { stripTitlePrefix } from './titlePrefix'

/** The comparable form of a title line: no spaces, no portal prefix, no keyword tail. */
export const titleKey = (line: string): string => compactLine(stripTitlePrefix(stripKeywordTail(line)))

/** Drops every line that repeats the title (with or without its keyword tail or spacing). */
export const removeTitleRepeats = (lines: string[], title: string): string[] => {
  const key = titleKey(title)
  return lines.filter((line) => titleKey(line) !== key)
}
