/**
 * The administrator's start page: the last self-check's count of findings, the 单项否决 ones
 * first, with a link to the report; and the counts of the last 30 runs as a small chart.
 * Nothing for other staff (they cannot read the runs).
 */
import type { Payload } from 'payload'

import type { User } from '../../../payload-types'
import { SELF_CHECK_RULES } from '../rules'

type Props = { payload: Payload; user: User | null }
type Run = { id: string | number; startedAt: string; total: number; vetoes: number; counts?: Record<string, number> | null }

const WIDTH = 300
const HEIGHT = 60

/** Findings over time, oldest on the left: a server-drawn line, with its numbers said in words for screen readers. */
const History = ({ runs }: { runs: Run[] }) => {
  if (runs.length < 2) return null
  const max = Math.max(1, ...runs.map((run) => run.total))
  const points = runs.map((run, index) => `${Math.round((index / (runs.length - 1)) * WIDTH)},${Math.round(HEIGHT - (run.total / max) * (HEIGHT - 4) - 2)}`).join(' ')
  return (
    <figure style={{ margin: '0.5rem 0' }}>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="self-check-history">
        <title id="self-check-history">{`最近 ${runs.length} 次自查的问题数:${runs.map((run) => run.total).join('、')}`}</title>
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <figcaption>最近 {runs.length} 次自查的问题数(从左到右由早到晚)</figcaption>
    </figure>
  )
}

export const SelfCheckSummary = async ({ payload, user }: Props) => {
  if (!user?.roles?.includes('admin')) return null
  const { docs } = await payload.find({ collection: 'selfCheckRuns', sort: '-startedAt', limit: 30, depth: 0, user, overrideAccess: false })
  const runs = docs as unknown as Run[]
  const last = runs[0]
  const base = `${payload.config.routes.admin}/collections/selfCheckRuns`
  return (
    <section aria-labelledby="self-check-title" style={{ marginBottom: '2rem' }}>
      <h2 id="self-check-title">网站自查</h2>
      {last ? (
        <p data-testid="self-check-summary">
          {new Date(last.startedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} 自查发现 <strong>{last.total}</strong> 个问题
          {last.vetoes > 0 && (
            <>
              ,其中<strong style={{ color: 'var(--theme-error-600)' }}>单项否决类 {last.vetoes} 个</strong>(
              {Object.entries(last.counts ?? {})
                .filter(([rule, count]) => count > 0 && SELF_CHECK_RULES[rule as keyof typeof SELF_CHECK_RULES]?.veto)
                .map(([rule, count]) => `${SELF_CHECK_RULES[rule as keyof typeof SELF_CHECK_RULES].label} ${count}`)
                .join('、')}
              )
            </>
          )}
          。<a href={`${base}/${last.id}`}>查看问题清单</a>
        </p>
      ) : (
        <p>还没有自查记录。每天 6:00 自动检查一次。</p>
      )}
      <History runs={[...runs].reverse()} />
      <p>
        <a href={base}>全部自查记录</a>
      </p>
    </section>
  )
}
