/**
 * Unmasked mainland ID-card numbers (18 characters, last may be X) and mobile numbers. Masked
 * forms such as 4521**********1234 or 138****5678 do not match.
 */
const ID_CARD = /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g

export type PersonalDataHit = { kind: 'idCard' | 'mobile'; value: string }

export const findUnmaskedPersonalData = (text: string): PersonalDataHit[] => [
  ...[...text.matchAll(ID_CARD)].map((match) => ({ kind: 'idCard' as const, value: match[0] })),
  ...[...text.matchAll(MOBILE)].map((match) => ({ kind: 'mobile' as const, value: match[0] })),
]

/** How a hit is shown in a check message: never the full number again. */
export const maskForDisplay = (value: string) => `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
