const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv'
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsryw])?'
const FINAL = `[aeiou${TONED_VOWELS}]{1,4}(?:ng|n|r)?`
const SYLLABLE = `${INITIAL}${FINAL}[1-5]?`

/**
 * A parenthesised pinyin reading glued after a Han character by a conversion tool:
 * 乡(xiang)镇, 服務(wù), 邵陽(yáng). Only lowercase pinyin syllables count, so real
 * parentheses — (站), (以下简称“一部一站”), (WHO), (记者 陈宗昊) — never match.
 */
const READING = new RegExp(`(?<=\\p{Script=Han})\\s?[((]\\s*${SYLLABLE}(?:\\s+${SYLLABLE})*\\s*[))]`, 'gu')

export const removeReadingJunk = (text: string): string => text.replace(READING, '')
