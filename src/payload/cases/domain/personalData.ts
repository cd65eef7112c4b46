/** Checks and masks for the personal data a submitter gives: ID-card numbers and phone numbers. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character (GB 11643) of the first 17 digits of a resident ID-card number. */
export const idCardCheckChar = (first17: string): string => {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0)
  return CHECK_CHARS[sum % 11]
}

const isRealDate = (yyyymmdd: string): boolean => {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getTime() <= Date.now()
  )
}

/** 18-character resident ID-card number: digits, a real birth date and a matching check character. */
export const isIdCardNumber = (value: string): boolean => {
  const normalised = value.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(normalised)) return false
  if (!isRealDate(normalised.slice(6, 14))) return false
  return idCardCheckChar(normalised.slice(0, 17)) === normalised[17]
}

/** 138****1234: enough for the person to recognise their number, not enough to call it. */
export const maskPhone = (phone: string): string =>
  phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length)

/** 110105********123X: region and check character only. */
export const maskIdCard = (idCard: string): string =>
  idCard.length === 18 ? `${idCard.slice(0, 6)}${'*'.repeat(8)}${idCard.slice(14)}` : '*'.repeat(idCard.length)

/** w***@qq.com: the first letter and the domain, enough for the person to know which address it is. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@')
  return at > 0 ? `${email[0]}***${email.slice(at)}` : '***'
}
