import type { Payload, Where } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS } from '../../constants/news'
import { CONTENT_ROLES } from '../../constants/roles'
import { REVIEW_STAGE_LABELS, STALE_AFTER_DAYS, WORKFLOW_STATE_LABELS, type WorkflowState } from '../../constants/workflow'
import type { User } from '../../../payload-types'
import { beijingDateTime } from '../../../shared'
import { consultationsWithoutFeedback } from '../../collections/Consultations'
import { MISSING_FEEDBACK } from '../../constants/consultations'
import { GLOBAL_WORKFLOW_CHAINS, isWorkflowGlobal, WORKFLOW_CHAINS, WORKFLOW_COLLECTIONS, type WorkflowCollection, type WorkflowGlobal } from '../chains'
import { refusal } from '../rules'
import { toSnapshot } from '../snapshot'

type Item = { href: string; kind: string; title: string; note?: string }

type Props = { payload: Payload; user: User | null }

const DAY = 24 * 60 * 60 * 1000

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.id)

const waitingNote = (doc: Record<string, unknown>) =>
  doc.reviewStage ? `待${REVIEW_STAGE_LABELS[doc.reviewStage as keyof typeof REVIEW_STAGE_LABELS]}` : '待发布'

const findLatest = async (payload: Payload, user: User, collection: WorkflowCollection, where: Where) => {
  const { docs } = await payload.find({
    collection,
    where,
    draft: true,
    depth: 0,
    limit: 20,
    // The first 20 only, with no count: a count of the latest versions reads every row of a
    // collection (10,000 news took ~20 ms per query on SQLite).
    pagination: false,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
  })
  return docs as unknown as Record<string, unknown>[]
}

/**
 * The latest versions matching any of the conditions, each asked on its own: an `or` across
 * workflow fields makes SQLite read every latest version of the collection (versionIndexes.ts).
 */
const findLatestOfAny = async (payload: Payload, user: User, collection: WorkflowCollection, conditions: Where[], also: Where[] = []) => {
  const found = (await Promise.all(conditions.map((condition) => findLatest(payload, user, collection, { and: [condition, ...also] })))).flat()
  return [...new Map(found.map((doc) => [String(doc.id), doc])).values()].slice(0, 20)
}

const across = async (make: (collection: WorkflowCollection) => Promise<Item[]>) =>
  (await Promise.all(WORKFLOW_COLLECTIONS.map(make))).flat()

const editHref = (target: string, id: string) =>
  isWorkflowGlobal(target) ? `/admin/globals/${target}` : `/admin/collections/${target}/${id}`

/** The editor's start page: own drafts, items waiting for this person's stage, returns, schedule, stale columns. */
export const WorkflowDashboard = async ({ payload, user }: Props) => {
  // Staff who write no content (case handlers) see their case queue instead; station staff write
  // their station's news, so they keep theirs.
  if (!user || !userHasRole(user, [...CONTENT_ROLES, 'stationStaff'])) return null
  const me = String(user.id)
  const labelOf = (collection: WorkflowCollection) => {
    const labels = payload.collections[collection].config.labels
    return typeof labels.plural === 'string' ? labels.plural : collection
  }
  const item = (collection: WorkflowCollection, doc: Record<string, unknown>, note?: string): Item => ({
    href: editHref(collection, String(doc.id)),
    kind: labelOf(collection),
    title: titleOf(doc),
    note,
  })
  const actor = { id: me, roles: user.roles ?? [] }

  const mine = await across(async (collection) =>
    (
      await findLatest(payload, user, collection, {
        and: [{ createdBy: { equals: me } }, { workflowState: { in: ['draft', 'returned'] } }],
      })
    ).map((doc) => item(collection, doc, WORKFLOW_STATE_LABELS[doc.workflowState as WorkflowState])),
  )

  const waiting = await across(async (collection) => {
    const chain = WORKFLOW_CHAINS[collection]
    const stages = chain.stages.filter((entry) => userHasRole(user, [entry.role])).map((entry) => entry.stage)
    const clauses: Where[] = []
    if (stages.length) clauses.push({ and: [{ workflowState: { equals: 'inReview' } }, { reviewStage: { in: stages } }] })
    if (userHasRole(user, [chain.publishRole])) clauses.push({ workflowState: { equals: 'approved' } })
    if (!clauses.length) return []
    const docs = await findLatestOfAny(payload, user, collection, clauses, [{ createdBy: { not_equals: me } }, { lastEditedBy: { not_equals: me } }])
    // Everyone who edited the revision is kept out of it (rules.ts); checked here, not in the query,
    // so that a has-many condition means the same on both databases.
    return docs
      .filter((doc) => !toSnapshot(doc).revisionEditors?.includes(me))
      .map((doc) => item(collection, doc, waitingNote(doc)))
  })
  // Site-wide settings under review, when this person may take their next step.
  const waitingSettings = await Promise.all(
    (Object.keys(GLOBAL_WORKFLOW_CHAINS) as WorkflowGlobal[]).map(async (slug): Promise<Item[]> => {
      const doc = (await payload.findGlobal({ slug, draft: true, depth: 0, user: { ...user, collection: 'users' }, overrideAccess: false })) as never
      const snapshot = toSnapshot(doc)
      const next = snapshot.state === 'approved' ? 'publish' : 'approve'
      if (refusal(GLOBAL_WORKFLOW_CHAINS[slug], snapshot, actor, next)) return []
      const label = payload.globals.config.find((global) => global.slug === slug)?.label
      return [{ href: editHref(slug, slug), kind: '网站设置', title: typeof label === 'string' ? label : slug, note: waitingNote(doc) }]
    }),
  )
  waiting.push(...waitingSettings.flat())

  const returned = await payload.find({
    collection: 'auditLog',
    where: { and: [{ action: { equals: 'return' } }, { actor: { equals: me } }] },
    limit: 10,
    depth: 0,
    sort: '-createdAt',
  })

  const scheduled = await across(async (collection) =>
    (
      await findLatestOfAny(payload, user, collection, [{ workflowState: { equals: 'scheduled' } }, { unpublishAt: { exists: true } }])
    ).map((doc) => ({
      ...item(collection, doc),
      note: doc.workflowState === 'scheduled' ? `${beijingDateTime(doc.publishAt as string)} 发布` : `${beijingDateTime(doc.unpublishAt as string)} 下线`,
    })),
  )

  const latestPublished = async (collection: 'news' | 'policies', where: Where = {}) =>
    (await payload.find({ collection, where: { and: [where, { _status: { equals: 'published' } }] }, sort: '-publishedAt', limit: 1, depth: 0 }))
      .docs[0]?.publishedAt ?? null
  const columns = [
    ...(await Promise.all(
      NEWS_CATEGORIES.map(async (category) => ({
        name: `新闻·${NEWS_CATEGORY_LABELS[category]}`,
        days: category === 'notice' ? STALE_AFTER_DAYS.notice : STALE_AFTER_DAYS.news,
        last: await latestPublished('news', { category: { equals: category } }),
      })),
    )),
    { name: '政策法规', days: STALE_AFTER_DAYS.policies, last: await latestPublished('policies') },
  ]
  const stale = columns.filter((column) => !column.last || Date.now() - new Date(column.last).getTime() > column.days * DAY)

  // Published consultations whose period ended before today (Beijing) and whose 反馈情况 is not published.
  const withoutFeedback = (await consultationsWithoutFeedback(payload)).map((doc) => ({ href: editHref('consultations', String(doc.id)), kind: labelOf('consultations'), title: doc.title }))

  const list = (items: Item[], empty: string) =>
    items.length ? (
      <ul>
        {items.map((entry) => (
          <li key={entry.href}>
            <a href={entry.href}>{entry.title}</a>({entry.kind}
            {entry.note ? `,${entry.note}` : ''})
          </li>
        ))}
      </ul>
    ) : (
      <p>{empty}</p>
    )

  return (
    <section className="workflow-dashboard" aria-labelledby="workflow-dashboard-title" style={{ marginBottom: '2rem' }}>
      <h2 id="workflow-dashboard-title">我的工作台</h2>
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
        <div>
          <h3>我的草稿</h3>
          {list(mine, '没有草稿或退回的稿件。')}
        </div>
        <div>
          <h3>待我审核</h3>
          {list(waiting, '没有等待您审核的稿件。')}
        </div>
        <div>
          <h3>我退回的</h3>
          {returned.docs.length ? (
            <ul>
              {returned.docs.map((entry) => (
                <li key={entry.id}>
                  <a href={editHref(entry.targetCollection ?? '', entry.documentId ?? '')}>{entry.documentTitle}</a>:{entry.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p>没有退回记录。</p>
          )}
        </div>
        <div>
          <h3>定时发布与下线(北京时间)</h3>
          {list(scheduled, '没有定时任务。')}
        </div>
        <div>
          <h3>栏目更新提醒</h3>
          {stale.length ? (
            <ul>
              {stale.map((column) => (
                <li key={column.name}>
                  {column.name}:{column.last ? `最后更新于 ${beijingDateTime(column.last)}` : '从未更新'},超过 {column.days} 天未更新
                </li>
              ))}
            </ul>
          ) : (
            <p>各栏目均按时更新。</p>
          )}
        </div>
        <div>
          <h3>意见征集待反馈</h3>
          {withoutFeedback.length ? <p>{MISSING_FEEDBACK}</p> : null}
          {list(withoutFeedback, '已结束的意见征集都已发布反馈情况。')}
        </div>
      </div>
    </section>
  )
}
