/** 138****1234: enough for the person to recognise their number, not enough to call it. */
export const maskPhone = (phone: string): string =>
  phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length)

/** 110105********123X: region and check character only. */
export const maskIdCard = (idCard: string): string =>
  idCard.length === 18 ? `${idCard.slice(0, 6)}${'*'.repeat(8)}${idCard.slice(14)}` : '*'.repeat(idCard.length)
