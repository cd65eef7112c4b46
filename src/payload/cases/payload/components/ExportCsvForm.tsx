import type { ServerProps } from 'payload'

import { worksOnCases } from '../access'

/**
 * Above the enquiries list: download the cases this person may see as CSV for statistics. A
 * plain GET form (the session cookie goes along), so it needs no client code.
 */
export const ExportCsvForm = ({ payload, user }: ServerProps) => {
  if (!worksOnCases(user)) return null
  return (
    <form
      action={`${payload.config.routes.api}/enquiries/export.csv`}
      method="get"
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: '0.75rem', marginBottom: '1rem' }}
    >
      <label style={{ display: 'grid', gap: '0.25rem' }}>
        提交日期从
        <input type="date" name="from" />
      </label>
      <label style={{ display: 'grid', gap: '0.25rem' }}>
        至
        <input type="date" name="to" />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        导出统计表(CSV,不含个人信息)
      </button>
    </form>
  )
}
