'use client'

import { useEffect, useState } from 'react'

import { importUnderWay, IMPORT_RUN_STATE_LABELS, type ImportRunState } from '../../constants/imports'
import type { ImportReport } from '../../../payload-types'
import { outcomeLabel } from './labels'
import './import.css'

type Props = { reportId: string; adminRoute: string; apiRoute: string }

/** How often the view asks how far the job has got while it runs. */
const POLL_MS = 1000

type Seen = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'report'; report: ImportReport }

const idOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : value ? String(value) : undefined)

/**
 * An admin import's progress, read from its report while the jobs runner works through the files
 * (importJob.ts): files done out of the total, then the outcome per file. Nothing here runs the
 * import: leaving the page does not stop it, and coming back to this address shows where it is.
 */
export const ImportProgress = ({ reportId, adminRoute, apiRoute }: Props) => {
  const [seen, setSeen] = useState<Seen>({ kind: 'loading' })

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const look = async () => {
      try {
        const response = await fetch(`${apiRoute}/importReports/${encodeURIComponent(reportId)}?depth=0`, { credentials: 'include' })
        if (stopped) return
        if (response.status === 404 || response.status === 403) return setSeen({ kind: 'missing', message: '找不到这次导入,或您无权查看。' })
        if (response.ok) {
          const report = (await response.json()) as ImportReport
          if (stopped) return
          setSeen({ kind: 'report', report })
          if (!importUnderWay(report.state as ImportRunState)) return
        }
      } catch {
        // A dropped connection: ask again at the next beat.
      }
      if (!stopped) timer = setTimeout(() => void look(), POLL_MS)
    }
    void look()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [apiRoute, reportId])

  if (seen.kind === 'loading') return <p aria-live="polite">正在读取导入进度…</p>
  if (seen.kind === 'missing') return <p role="alert">{seen.message}</p>
  const { report } = seen
  const state = (report.state ?? 'done') as ImportRunState
  const total = report.total ?? report.items?.length ?? 0
  const done = state === 'done' ? total : (report.done ?? 0)
  const reportLink = <a href={`${adminRoute}/collections/importReports/${report.id}`}>查看导入报告</a>
  return (
    <div className="va-import">
      <div aria-live="polite" className="va-import__status">
        {importUnderWay(state) ? (
          <p>
            {IMPORT_RUN_STATE_LABELS[state]}:已处理 {done} / {total} 个文件。
          </p>
        ) : state === 'done' ? (
          <p>
            导入完成:已导入 {report.imported ?? 0} 篇,已跳过 {report.skipped ?? 0} 篇,失败 {report.failed ?? 0} 篇。 {reportLink}
          </p>
        ) : null}
      </div>
      {importUnderWay(state) && (
        <>
          <progress className="va-import__progress" max={Math.max(total, 1)} value={done} aria-label="导入进度">
            {done} / {total}
          </progress>
          <p className="va-import__hint">
            导入在后台进行,离开本页不会中断。可以随时回到本页,或在{reportLink}中查看结果。
            {state === 'queued' && ' 导入由网站的定时任务进程执行,通常几秒内开始;如果长时间没有开始,请联系系统管理员确认定时任务正在运行。'}
          </p>
        </>
      )}
      {state === 'failed' && (
        <p className="va-import__error" role="alert">
          导入已中止:{report.error ?? '原因不明'}。已导入的文章仍是草稿。{reportLink}
        </p>
      )}
      {state === 'done' && (report.items?.length ?? 0) > 0 && (
        <table className="va-import__table">
          <caption>导入结果</caption>
          <thead>
            <tr>
              <th scope="col">文件</th>
              <th scope="col">结果</th>
              <th scope="col">标题</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {report.items!.map((item) => (
              <tr key={item.id ?? item.file} className={`va-import__row va-import__row--${item.status}`}>
                <th scope="row">{item.file}</th>
                <td>{outcomeLabel(item.status, false)}</td>
                <td>{idOf(item.news) ? <a href={`${adminRoute}/collections/news/${idOf(item.news)}`}>{item.title}</a> : (item.title ?? '—')}</td>
                <td>
                  {[item.reason, ...(item.warnings?.split('\n') ?? [])].filter(Boolean).map((note) => (
                    <p key={note}>{note}</p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
