/**
 * Times as people here read them: Beijing time (Asia/Shanghai, UTC+8 with no daylight saving
 * since 1991), whatever the zone of the server or the browser.
 */

const BEIJING_TIME_ZONE = 'Asia/Shanghai'

type Instant = string | Date

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: BEIJING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const two = (value: number) => String(value).padStart(2, '0')

/** Since 1992 Beijing time is UTC+8 all year; before that, China kept summer time (1986–1991). */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 11, 31, 16)
const OFFSET = 8 * 3600 * 1000

const partsOf = (value: Instant) => {
  const instant = new Date(value)
  const time = instant.getTime()
  // The zone database through Intl costs some 4 µs an instant, and an export formats tens of
  // thousands; since 1992 the offset is fixed, and UTC arithmetic gives the same parts.
  if (time >= FIXED_OFFSET_SINCE && time < Date.UTC(10000, 0, 1) - OFFSET) {
    const local = new Date(time + OFFSET)
    return {
      date: `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`,
      time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
    }
  }
  const parts = format.formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? ''
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` }
}

/** "2026-01-02": the Beijing calendar day of an instant; '' when there is none. */
export const beijingDate = (value: Instant | null | undefined): string => (value ? partsOf(value).date : '')

/** "2026-01-02 08:30": an instant in Beijing time to the minute; '' when there is none. */
export const beijingDateTime = (value: Instant | null | undefined): string => {
  if (!value) return ''
  const { date, time } = partsOf(value)
  return `${date} ${time}`
}

/** Reads a datetime-local value ("2026-01-02T08:30") as Beijing time; undefined when empty. */
export const fromBeijingInput = (value: string): string | undefined => (value ? new Date(`${value}:00+08:00`).toISOString() : undefined)

/**
 * Reads the day and time a person picked in a calendar (a Date in the browser's own zone) as
 * Beijing time: picking 09:00 means 09:00 Beijing time wherever the browser is.
 */
export const fromPickedBeijingTime = (picked: Date | null | undefined): string | undefined => {
  if (!picked) return undefined
  return fromBeijingInput(
    `${picked.getFullYear()}-${two(picked.getMonth() + 1)}-${two(picked.getDate())}T${two(picked.getHours())}:${two(picked.getMinutes())}`,
  )
}
