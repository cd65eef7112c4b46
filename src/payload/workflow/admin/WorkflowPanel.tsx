'use client'
import { Banner, Button, DatePicker, FieldLabel, SelectInput, TextareaInput, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import { ROLE_LABELS, type Role } from '../../constants/roles'
import {
  REVIEW_STAGE_LABELS,
  WITHDRAWAL_MODE_HINTS,
  WITHDRAWAL_MODE_LABELS,
  WORKFLOW_ACTION_LABELS,
  workflowStateText,
  type ReviewStage,
  type WithdrawalMode,
  type WorkflowAction,
  type WorkflowState,
} from '../../constants/workflow'
import { toOptions } from '../../constants/options'
import type { ChainStage } from '../chains'
import type { CheckReport } from '../checks'
import { beijingDateTime, fromPickedBeijingTime } from '../../../shared'

type Status = {
  state: WorkflowState
  stage: ReviewStage | null
  chain: ChainStage[]
  publishRole: Role
  actions: WorkflowAction[]
  reviewLog: { id?: string; action: WorkflowAction; stage?: ReviewStage; userName?: string; at: string; comment?: string }[]
  publishAt: string | null
  unpublishAt: string | null
  withdrawal: { mode?: WithdrawalMode | null; publicReason?: string; internalReason?: string } | null
  checks: CheckReport
  /** Why this person may not change the content now (a reviewer while it is in review), or null. */
  editRefusal: string | null
}

const NEEDS_REASON: WorkflowAction[] = ['return', 'withdraw']
const NEEDS_TIME: WorkflowAction[] = ['schedule', 'scheduleUnpublish']

/**
 * The review panel in the sidebar of a document or site-wide setting: state, chain, pre-publish
 * checks, actions and comments.
 */
export const WorkflowPanel = () => {
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { config } = useConfig()
  // A site-wide setting always exists; a document only once its first draft is saved.
  const target = globalSlug ? `globals/${globalSlug}` : id ? `${collectionSlug}/${id}` : null
  const base = `${config.serverURL}${config.routes.api}/${target}/workflow`
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [reason, setReason] = useState('')
  const [at, setAt] = useState<Date | null>(null)
  const [mode, setMode] = useState<WithdrawalMode>('banner')
  const fieldId = `workflow${useId().replace(/[^a-zA-Z0-9]/g, '')}`

  const load = useCallback(async () => {
    const response = await fetch(base, { credentials: 'include' })
    if (response.ok) setStatus(await response.json())
  }, [base])

  useEffect(() => {
    if (target) void load()
  }, [target, load])

  if (!target) return <p className="workflow-panel__hint">保存草稿后即可提交审核。</p>
  if (!status) return <p className="workflow-panel__hint">正在读取审核状态…</p>

  const act = async (action: WorkflowAction) => {
    setBusy(true)
    setError('')
    const response = await fetch(base, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, reason, at: fromPickedBeijingTime(at), mode }),
    })
    setBusy(false)
    if (response.ok) return window.location.reload()
    const body = await response.json().catch(() => null)
    setError(body?.errors?.[0]?.message ?? '操作失败,请稍后再试')
  }

  const needsReason = status.actions.some((action) => NEEDS_REASON.includes(action))
  const needsTime = status.actions.some((action) => NEEDS_TIME.includes(action))

  return (
    <section className="workflow-panel" aria-labelledby="workflow-panel-title" style={{ marginBottom: '1.5rem' }}>
      <h3 id="workflow-panel-title">审核流程</h3>
      <p data-testid="workflow-state">
        状态:<strong>{workflowStateText(status.state, status.stage)}</strong>
      </p>
      <ol aria-label="审核环节">
        {status.chain.map((entry) => (
          <li key={entry.stage} aria-current={entry.stage === status.stage ? 'step' : undefined}>
            {REVIEW_STAGE_LABELS[entry.stage]}:{ROLE_LABELS[entry.role]}
          </li>
        ))}
        <li>发布:{ROLE_LABELS[status.publishRole]}</li>
      </ol>
      {status.publishAt && status.state === 'scheduled' && <p>定时发布:{beijingDateTime(status.publishAt)}(北京时间)</p>}
      {status.unpublishAt && <p>定时下线:{beijingDateTime(status.unpublishAt)}(北京时间)</p>}
      {status.state === 'withdrawn' && status.withdrawal?.mode && <p>撤稿方式:{WITHDRAWAL_MODE_LABELS[status.withdrawal.mode]}</p>}
      {status.editRefusal && <Banner type="info">{status.editRefusal}</Banner>}

      {status.checks.errors.length + status.checks.warnings.length > 0 && (
        <div>
          <h4>发布前检查</h4>
          <ul>
            {status.checks.errors.map((issue, index) => (
              <li key={`e${index}`}>✖ {issue.message}</li>
            ))}
            {status.checks.warnings.map((issue, index) => (
              <li key={`w${index}`}>⚠ {issue.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div style={{ display: 'flex', flexDirection: 'column', gap: '0.75rem', marginBottom: '1rem' }}>
        {needsReason && (
          <TextareaInput
            path={`${fieldId}-reason`}
            label="理由(退回、撤稿时必填)"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        {needsTime && (
          <div className="field-type date-time-field">
            <FieldLabel htmlFor={`${fieldId}-time`} label="定时(北京时间)" />
            <DatePicker
              id={`${fieldId}-time`}
              pickerAppearance="dayAndTime"
              displayFormat="yyyy-MM-dd HH:mm"
              timeFormat="HH:mm"
              timeIntervals={15}
              minDate={new Date()}
              placeholder="请选择日期和时间"
              value={at ?? undefined}
              onChange={(value) => setAt(value ?? null)}
            />
          </div>
        )}
        {status.actions.includes('withdraw') && (
          <SelectInput
            name="withdrawal-mode"
            path={`${fieldId}-mode`}
            label="撤稿方式"
            isClearable={false}
            options={toOptions(WITHDRAWAL_MODE_LABELS)}
            value={mode}
            onChange={(option) => {
              const value = (Array.isArray(option) ? option[0] : option)?.value
              if (value === 'banner' || value === 'gone') setMode(value)
            }}
            description={WITHDRAWAL_MODE_HINTS[mode]}
          />
        )}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          {status.actions.map((action) => (
            <Button key={action} buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => act(action)}>
              {WORKFLOW_ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      </div>
      {status.actions.length === 0 && <p>当前没有您可执行的审核操作。</p>}
      {error && (
        <Banner type="error">
          <span role="alert">{error}</span>
        </Banner>
      )}

      {status.reviewLog.length > 0 && (
        <div>
          <h4>审核意见</h4>
          <ol>
            {status.reviewLog.map((entry, index) => (
              <li key={entry.id ?? index}>
                {beijingDateTime(entry.at)} {entry.userName} {WORKFLOW_ACTION_LABELS[entry.action]}
                {entry.stage ? `(${REVIEW_STAGE_LABELS[entry.stage]})` : ''}
                {entry.comment ? `:${entry.comment}` : ''}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
