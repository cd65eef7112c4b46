'use client'

import { Button } from '@payloadcms/ui'
import { type FormEvent, useRef, useState } from 'react'

import { NEWS_CATEGORY_LABELS } from '../../constants/news'
import type { ImportRun } from '../importArticles'
import { beijingDateTime } from '../../../shared'
import { ImportProgress } from './ImportProgress'
import { outcomeLabel } from './labels'
import './import.css'

type Props = { adminRoute: string; apiRoute: string }

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; run: ImportRun }
  | { kind: 'queued'; reportId: string }

const errorMessage = async (response: Response) => {
  const body = (await response.json().catch(() => undefined)) as { errors?: { message?: string }[] } | undefined
  return body?.errors?.[0]?.message ?? `请求失败(${response.status})`
}

/**
 * Two steps, both on the server: 预览 runs the importer without writing, 确认导入 hands the same
 * files to the import job, whose progress then shows here (ImportProgress) and at its own
 * address, so the editor may leave and come back. Changing the files or the option discards the preview.
 */
export const ImportForm = ({ adminRoute, apiRoute }: Props) => {
  const form = useRef<HTMLFormElement>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })

  const send = async (step: 'preview' | 'run') => {
    const data = new FormData(form.current!)
    data.set('convertTraditional', data.get('convertTraditional') === 'on' ? 'true' : 'false')
    setPhase({ kind: 'busy', message: step === 'preview' ? '正在分析文件…' : '正在导入…' })
    try {
      const response = await fetch(`${apiRoute}/importReports/${step}`, { method: 'POST', body: data, credentials: 'include' })
      if (!response.ok) return setPhase({ kind: 'error', message: await errorMessage(response) })
      if (step === 'run') {
        const { reportId } = (await response.json()) as { reportId: string }
        // The progress view's own address: a reload, or the link kept, comes back to it.
        window.history.replaceState(null, '', `${adminRoute}/import?report=${encodeURIComponent(reportId)}`)
        return setPhase({ kind: 'queued', reportId })
      }
      setPhase({ kind: 'done', run: (await response.json()) as ImportRun })
    } catch {
      setPhase({ kind: 'error', message: '无法连接服务器,请稍后重试' })
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void send('preview')
  }

  if (phase.kind === 'queued') return <ImportProgress reportId={phase.reportId} adminRoute={adminRoute} apiRoute={apiRoute} />
  const run = phase.kind === 'done' ? phase.run : undefined
  return (
    <div className="va-import">
      <form ref={form} className="va-import__form" onSubmit={onSubmit} onChange={() => setPhase({ kind: 'idle' })}>
        <p className="va-import__hint">
          选择从旧网站复制保存的文章(纯文本 .txt 或网页 .html,可多选)。系统会清理网站导航、版权声明、重复标题和拼音注音等杂质,
          识别标题、日期、来源和作者,并检查是否与已有文章重复。导入的文章均为草稿,须经审核后发布。
        </p>
        <div className="va-import__field">
          <label htmlFor="va-import-files">文章文件</label>
          <input id="va-import-files" name="files" type="file" multiple required accept=".txt,.text,.html,.htm,text/plain,text/html" />
        </div>
        <div className="va-import__field va-import__field--inline">
          <input id="va-import-convert" name="convertTraditional" type="checkbox" defaultChecked />
          <label htmlFor="va-import-convert">繁体字转为简体字(原文保留在导入记录中)</label>
        </div>
        <div>
          <Button buttonStyle="secondary" type="submit" disabled={phase.kind === 'busy'}>
            预览
          </Button>
        </div>
      </form>

      <div aria-live="polite" className="va-import__status">
        {phase.kind === 'busy' && <p>{phase.message}</p>}
        {run && (
          <p>
            预览:可导入 {run.counts.imported} 篇,将跳过 {run.counts.skipped} 篇,无法导入 {run.counts.failed} 篇。
          </p>
        )}
      </div>
      {phase.kind === 'error' && (
        <p className="va-import__error" role="alert">
          {phase.message}
        </p>
      )}

      {run && (
        <>
          <table className="va-import__table">
            <caption>导入预览</caption>
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">结果</th>
                <th scope="col">标题</th>
                <th scope="col">日期</th>
                <th scope="col">来源</th>
                <th scope="col">建议栏目</th>
                <th scope="col">建议服务站</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {run.items.map((item) => (
                <tr key={item.file} className={`va-import__row va-import__row--${item.status}`}>
                  <th scope="row">{item.file}</th>
                  <td>{outcomeLabel(item.status, true)}</td>
                  <td>
                    {item.title}
                    {item.markdown && (
                      <details className="va-import__body">
                        <summary>清理后的正文</summary>
                        <pre>{item.markdown}</pre>
                      </details>
                    )}
                  </td>
                  <td>{beijingDateTime(item.publishedAt) || '—'}</td>
                  <td>{item.source ?? '—'}</td>
                  <td>{item.category ? `${NEWS_CATEGORY_LABELS[item.category]}(${item.categoryReason})` : '—'}</td>
                  <td>{item.stations?.map((station) => station.name).join('、') || '—'}</td>
                  <td>
                    {[item.reason, ...(item.warnings ?? [])].filter(Boolean).map((note) => (
                      <p key={note}>{note}</p>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {run.counts.imported > 0 && (
            <Button buttonStyle="primary" type="button" disabled={phase.kind === 'busy'} onClick={() => void send('run')}>
              确认导入 {run.counts.imported} 篇为草稿
            </Button>
          )}
        </>
      )}
    </div>
  )
}
