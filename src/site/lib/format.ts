const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Dates as readers here expect them: Beijing time, 2026-11-21. */
export const formatDate = (value: string | Date | null | undefined): string =>
  value ? dateFormat.format(new Date(value)).replaceAll('/', '-') : ''
