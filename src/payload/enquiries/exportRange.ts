const DATE = /^\d{4}-\d{2}-\d{2}$/

export type ExportRange = { ok: true; since?: string; before?: string } | { ok: false; message: string }

const validDate = (date: string) => DATE.test(date) && !Number.isNaN(new Date(`${date}T00:00:00+08:00`).getTime()) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)

/**
 * `from` and `to` (YYYY-MM-DD, both optional, both included) as Beijing days: the instants a
 * case's submission time must be at or after (`since`) and before (`before`).
 */
export const exportRange = (from?: string | null, to?: string | null): ExportRange => {
  for (const date of [from, to]) if (date && !validDate(date)) return { ok: false, message: '日期格式应为 YYYY-MM-DD,例如 2026-01-31' }
  if (from && to && from > to) return { ok: false, message: '开始日期不能晚于结束日期' }
  const since = from ? new Date(`${from}T00:00:00+08:00`).toISOString() : undefined
  const before = to ? new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString() : undefined
  return { ok: true, since, before }
}
