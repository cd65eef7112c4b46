import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** 查询码: 10 characters in two groups, e.g. K7Q2M-9XR4D. */
export const generateTrackingCode = (pick: (max: number) => number = randomInt): string => {
  const chars = Array.from({ length: 10 }, () => ALPHABET[pick(ALPHABET.length)])
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

export const isTrackingCode = (value: unknown): boolean =>
  typeof value === 'string' && new RegExp(`^[${ALPHABET}]{5}-[${ALPHABET}]{5}$`).test(value)
