/**
 * The handler's start page: the case queue (待受理, 即将到期, 已超期, 我经办的) with counts, each a
 * link to the case list filtered the same way (domain/queue.ts). Counted with the person's own
 * access, so each sees their station's or the bureau's cases only. Nothing for staff who work on
 * no cases.
 */
import { createLocalReq, type Payload, type Where } from 'payload'
import { stringify } from 'qs-esm'

import type { User } from '../../../../payload-types'
import { QUEUE_HINTS, QUEUE_LABELS, queueFilters, QUEUES } from '../../domain/queue'
import { enquiryKind } from '../../kinds/enquiry'
import { worksOnCases } from '../access'
import { missingNextYear } from '../../domain/officialCalendar'
import { enteredCalendar, loadCalendar } from '../caseRules'
import { addWorkingDays, toBeijingDate } from '../../domain/clocks'
import { FOI_CLOCKS } from '../../kinds/foiRequest'

type Props = { payload: Payload; user: User | null }

const kind = enquiryKind

export const CaseQueue = async ({ payload, user }: Props) => {
  if (!user || !worksOnCases(user)) return null
  const actor = { ...user, collection: 'users' as const }
  const req = await createLocalReq({ user: actor }, payload)
  const filters = queueFilters(new Date(), await loadCalendar(req), kind.clocks, String(user.id))
  const counts = await Promise.all(
    QUEUES.map(async (queue) => (await payload.count({ collection: kind.slug, where: filters[queue] as Where, user: actor, overrideAccess: false })).totalDocs),
  )
  // 依申请公开 requests still to answer, by their due day (none while 补正 or a consultation stops the clock).
  const today = toBeijingDate(new Date())
  const soon = addWorkingDays(today, FOI_CLOCKS.dueSoonWithin, await loadCalendar(req))
  const foiFilters: Record<'open' | 'dueSoon' | 'overdue', Where> = {
    open: { status: { not_equals: 'answered' } },
    dueSoon: { and: [{ status: { equals: 'running' } }, { dueOn: { greater_than_equal: today } }, { dueOn: { less_than_equal: soon } }] },
    overdue: { and: [{ status: { equals: 'running' } }, { dueOn: { less_than: today } }] },
  }
  const foi = payload.collections.foiRequests
    ? Object.fromEntries(
        await Promise.all(
          Object.entries(foiFilters).map(async ([name, where]) => [name, (await payload.count({ collection: 'foiRequests', where, user: actor, overrideAccess: false })).totalDocs] as const),
        ),
      )
    : null
  const foiHref = (where: Where) => `${payload.config.routes.admin}/collections/foiRequests${stringify({ where, sort: 'dueOn' }, { addQueryPrefix: true })}`
  const missingYear = missingNextYear(await enteredCalendar(payload), new Date())
  const listHref = (where: Record<string, unknown>) =>
    `${payload.config.routes.admin}/collections/${kind.slug}${stringify({ where, sort: 'createdAt' }, { addQueryPrefix: true })}`
  return (
    <section className="case-queue" aria-labelledby="case-queue-title" style={{ marginBottom: '2rem' }}>
      <h2 id="case-queue-title">我的待办留言</h2>
      {missingYear && (
        <p role="status" data-testid="calendar-missing" style={{ padding: '0.75rem 1rem', border: '2px solid var(--theme-warning-500)', borderRadius: '4px' }}>
          尚未录入 {missingYear} 年节假日安排:办理期限跨入 {missingYear} 年时,节假日会被算作工作日。
          {user.roles?.includes('admin') ? (
            <a href={`${payload.config.routes.admin}/globals/holidayCalendar`}>录入节假日安排</a>
          ) : (
            <>
              请系统管理员按国务院办公厅的通知录入。<a href={`${payload.config.routes.admin}/globals/holidayCalendar`}>查看节假日安排</a>
            </>
          )}
        </p>
      )}
      <ul style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(11rem, 1fr))', listStyle: 'none', margin: '1rem 0', padding: 0 }}>
        {QUEUES.map((queue, index) => (
          <li key={queue} style={{ padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: '4px', background: 'var(--theme-elevation-50)' }}>
            <a href={listHref(filters[queue])} data-testid={`case-queue-${queue}`} style={{ display: 'block', fontSize: '1.125rem', minHeight: '24px' }}>
              {QUEUE_LABELS[queue]}
              <strong style={{ display: 'block', fontSize: '2rem', lineHeight: 1.3 }}>{counts[index]} 件</strong>
            </a>
            <p style={{ margin: '0.25rem 0 0' }}>{QUEUE_HINTS[queue]}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href={`${payload.config.routes.admin}/collections/${kind.slug}`}>查看全部{kind.labels.plural}</a>
      </p>
      {foi && (
        <p data-testid="foi-queue">
          依申请公开:<a href={foiHref(foiFilters.open)}>未答复 {foi.open} 件</a>,其中{' '}
          <a href={foiHref(foiFilters.dueSoon)}>{FOI_CLOCKS.dueSoonWithin} 个工作日内到期 {foi.dueSoon} 件</a>、
          <a href={foiHref(foiFilters.overdue)}>已超期 {foi.overdue} 件</a>
        </p>
      )}
    </section>
  )
}
