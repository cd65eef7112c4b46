'use client'
/**
 * The handling buttons and, for each, a drawer asking only for what that action needs. Sends the
 * action to POST /api/enquiries/:id/handle (handling.ts) and shows each refusal in Chinese beside
 * its field; on success reloads the case so the form shows the new state.
 */
import { Button, Drawer, FieldError, SelectInput, TextareaInput, TextInput, toast, useConfig, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, type ReactNode, useState } from 'react'

import { ACTION_FIELDS, CASE_ACTION_LABELS, type CaseAction } from '../../domain/actions'

type Option = { value: string; label: string }

type Props = {
  actions: CaseAction[]
  caseId: string
  statusLabel: string
  current: { station: string; handler: string; reply: string }
  maxExtension: number
  answerWithin: number
  closing: { needsReason: boolean; ratingWithin: number; closableFrom: string | null }
  stations: Option[]
  staff: Option[]
  templates: (Option & { body: string })[]
}

type Values = Record<string, string>

const drawerSlug = (action: CaseAction) => `case-action-${action}`

const CONFIRM_STYLE: Record<CaseAction, 'primary' | 'secondary'> = {
  accept: 'primary',
  decline: 'secondary',
  assign: 'primary',
  answer: 'primary',
  extend: 'secondary',
  close: 'primary',
}

const initialValues = (action: CaseAction, current: Props['current']): Values => {
  if (action === 'assign') return { station: current.station, handler: current.handler, assignmentNote: '' }
  if (action === 'answer') return { reply: current.reply }
  return {}
}

/** A refusal beside its field, announced when it appears. */
const errorFor = (errors: Values, field: string): ReactNode =>
  errors[field] ? (
    <div role="alert" data-testid={`case-action-error-${field}`}>
      <FieldError message={errors[field]} path={`caseAction.${field}`} showError />
    </div>
  ) : undefined

export const CaseActionForms = (props: Props) => {
  const { actions, caseId, statusLabel, current, closing } = props
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { openModal, closeModal } = useModal()
  const router = useRouter()
  const [open, setOpen] = useState<CaseAction | null>(null)
  const [values, setValues] = useState<Values>({})
  const [errors, setErrors] = useState<Values>({})
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const start = (action: CaseAction) => {
    setOpen(action)
    setValues(initialValues(action, current))
    setErrors({})
    setMessage('')
    openModal(drawerSlug(action))
  }
  const set = (field: string) => (value: string) => setValues((before) => ({ ...before, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!open || busy) return
    setBusy(true)
    setErrors({})
    setMessage('')
    try {
      const response = await fetch(`${api}/enquiries/${caseId}/handle`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: open, ...values }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Values }
      if (response.ok) {
        toast.success(body.message ?? '已办理')
        closeModal(drawerSlug(open))
        setOpen(null)
        router.refresh()
        return
      }
      const fieldErrors = body.errors ?? {}
      setErrors(fieldErrors)
      // What belongs to no field of this form (the state itself, for example) is said at the top.
      const shown = new Set<string>(ACTION_FIELDS[open])
      const general = Object.entries(fieldErrors).filter(([field]) => !shown.has(field)).map(([, text]) => text)
      setMessage(general.length ? general.join(';') : Object.keys(fieldErrors).length ? '' : (body.message ?? '没有办成,请稍后再试'))
    } catch {
      setMessage('网络连接出了问题,没有办成,请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  const fields = (action: CaseAction): ReactNode => {
    switch (action) {
      case 'accept':
        return <p>受理后开始计算答复期限({props.answerWithin} 个工作日)。</p>
      case 'decline':
        return (
          <TextareaInput
            path="caseAction.declineReason"
            label="不予受理的理由"
            description="留言人查询进度时会看到这段话,请写清楚原因和可以去哪里办理。"
            required
            rows={5}
            value={values.declineReason ?? ''}
            onChange={(event) => set('declineReason')(event.target.value)}
            Error={errorFor(errors, 'declineReason')}
            showError={Boolean(errors.declineReason)}
          />
        )
      case 'assign':
        return (
          <>
            <SelectInput
              name="station"
              path="caseAction.station"
              label="转办到服务站或部门"
              options={props.stations}
              value={values.station ?? ''}
              onChange={(option) => set('station')(option && !Array.isArray(option) ? String(option.value) : '')}
              Error={errorFor(errors, 'station')}
              showError={Boolean(errors.station)}
            />
            <SelectInput
              name="handler"
              path="caseAction.handler"
              label="承办人"
              description="服务站或承办人至少选一个。"
              options={props.staff}
              value={values.handler ?? ''}
              onChange={(option) => set('handler')(option && !Array.isArray(option) ? String(option.value) : '')}
              Error={errorFor(errors, 'handler')}
              showError={Boolean(errors.handler)}
            />
            <TextInput
              path="caseAction.assignmentNote"
              label="转办说明"
              description="记入转办记录,承办人可以看到。"
              value={values.assignmentNote ?? ''}
              onChange={(event: { target: { value: string } }) => set('assignmentNote')(event.target.value)}
              Error={errorFor(errors, 'assignmentNote')}
            />
          </>
        )
      case 'answer':
        return (
          <>
            {props.templates.length > 0 && (
              <SelectInput
                name="template"
                path="caseAction.template"
                label="插入答复口径"
                description="选中的口径接在答复内容后面,插入后可以再修改。"
                options={props.templates}
                value=""
                onChange={(option) => {
                  const chosen = props.templates.find((template) => option && !Array.isArray(option) && template.value === option.value)
                  if (chosen) set('reply')(values.reply?.trim() ? `${values.reply.trim()}\n\n${chosen.body}` : chosen.body)
                }}
              />
            )}
            <TextareaInput
              path="caseAction.reply"
              label="答复内容"
              description="留言人查询进度时会看到答复。"
              required
              rows={10}
              value={values.reply ?? ''}
              onChange={(event) => set('reply')(event.target.value)}
              Error={errorFor(errors, 'reply')}
              showError={Boolean(errors.reply)}
            />
          </>
        )
      case 'extend':
        return (
          <>
            <TextInput
              path="caseAction.extensionDays"
              label="延长几个工作日"
              description={`只能延期一次,最多 ${props.maxExtension} 个工作日。`}
              required
              value={values.extensionDays ?? ''}
              onChange={(event: { target: { value: string } }) => set('extensionDays')(event.target.value)}
              Error={errorFor(errors, 'extensionDays')}
              showError={Boolean(errors.extensionDays)}
            />
            <TextareaInput
              path="caseAction.extensionReason"
              label="延期理由"
              required
              rows={4}
              value={values.extensionReason ?? ''}
              onChange={(event) => set('extensionReason')(event.target.value)}
              Error={errorFor(errors, 'extensionReason')}
              showError={Boolean(errors.extensionReason)}
            />
          </>
        )
      case 'close':
        return (
          <>
            <p>
              {closing.needsReason
                ? `留言人还没有评价答复。答复满 ${closing.ratingWithin} 个工作日(${closing.closableFrom ?? '—'} 起)可以直接办结;现在就办结,请写明理由。`
                : '办结后留言人仍可在 30 天内申请复查。'}
            </p>
            {(closing.needsReason || errors.closeReason) && (
              <TextareaInput
                path="caseAction.closeReason"
                label="提前办结的理由"
                required
                rows={4}
                value={values.closeReason ?? ''}
                onChange={(event) => set('closeReason')(event.target.value)}
                Error={errorFor(errors, 'closeReason')}
                showError={Boolean(errors.closeReason)}
              />
            )}
          </>
        )
    }
  }

  return (
    <div className="case-actions" style={{ marginBottom: '1.5rem' }}>
      <p id="case-actions-title" style={{ marginBottom: '0.5rem' }}>
        <strong>办理</strong>(现在是“{statusLabel}”)
      </p>
      <div role="group" aria-labelledby="case-actions-title" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {actions.map((action) => (
          <Button key={action} buttonStyle={CONFIRM_STYLE[action]} size="medium" margin={false} onClick={() => start(action)}>
            {CASE_ACTION_LABELS[action]}
          </Button>
        ))}
      </div>
      {actions.map((action) => (
        <Drawer key={action} slug={drawerSlug(action)} title={CASE_ACTION_LABELS[action]}>
          {open === action && (
            <form onSubmit={submit} noValidate aria-describedby={message ? 'case-action-message' : undefined}>
              {message && (
                <div id="case-action-message" role="alert" style={{ color: 'var(--theme-error-500)', marginBottom: '1rem' }}>
                  {message}
                </div>
              )}
              {fields(action)}
              <div style={{ display: 'flex', gap: '0.5rem', marginTop: '1rem' }}>
                <Button type="submit" buttonStyle="primary" disabled={busy}>
                  {busy ? '正在提交…' : `确认${CASE_ACTION_LABELS[action]}`}
                </Button>
                <Button buttonStyle="secondary" onClick={() => closeModal(drawerSlug(action))}>
                  取消
                </Button>
              </div>
            </form>
          )}
        </Drawer>
      ))}
    </div>
  )
}
