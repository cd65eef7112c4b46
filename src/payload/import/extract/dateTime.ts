/**
 * Old Chinese sites state times in China Standard Time without saying so. Finds the first
 * full date (year, month, day) with an optional time and returns it as an ISO instant.
 */
const DATE_TIME =
  /(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[::时時]\s*(\d{1,2})(?:\s*[::分]\s*(\d{1,2}))?)?/u

const pad = (value: string | undefined) => (value ?? '0').padStart(2, '0')

export const findDateTime = (text: string): string | undefined => {
  const match = DATE_TIME.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second] = match
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined
  if (Number(hour ?? 0) > 23 || Number(minute ?? 0) > 59 || Number(second ?? 0) > 59) return undefined
  const date = new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
