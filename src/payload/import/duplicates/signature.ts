/** MinHash signatures: two bodies' signatures agree in about the share of 4-character shingles they share. */
const SIGNATURE_LENGTH = 64
const SHINGLE = 4

const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, index) => ({
  multiplier: (Math.imul(index + 1, 0x9e3779b1) | 1) >>> 0,
  offset: Math.imul(index + 7, 0x85ebca6b) >>> 0,
}))

const hashShingle = (text: string, start: number) => {
  let hash = 0x811c9dc5
  for (let index = start; index < start + SHINGLE; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return hash >>> 0
}

/** Only the words count: spacing, punctuation and layout differ between copies of one article. */
export const comparableText = (text: string): string => text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '').toLowerCase()

export const bodySignature = (text: string): number[] => {
  const compact = comparableText(text)
  if (compact.length < SHINGLE) return []
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff)
  for (let start = 0; start + SHINGLE <= compact.length; start += 1) {
    const hash = hashShingle(compact, start)
    for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
      const value = (Math.imul(hash, SEEDS[index].multiplier) + SEEDS[index].offset) >>> 0
      if (value < signature[index]) signature[index] = value
    }
  }
  return signature
}

/** An empty signature (a body too short to compare) is like nothing. */
export const signatureSimilarity = (a: readonly number[], b: readonly number[]): number => {
  if (a.length === 0 || b.length === 0) return 0
  let same = 0
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) if (a[index] === b[index]) same += 1
  return same / SIGNATURE_LENGTH
}
