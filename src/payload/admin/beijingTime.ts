import { DISPLAY_TIME_ZONE } from '../constants/workflow'

/** "2026-01-02 08:30" in Beijing time, whatever the browser's or server's zone. */
export const formatBeijing = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

/** Reads a datetime-local value ("2026-01-02T08:30") as Beijing time (UTC+8, no daylight saving). */
export const fromBeijingInput = (value: string): string | undefined =>
  value ? new Date(`${value}:00+08:00`).toISOString() : undefined
