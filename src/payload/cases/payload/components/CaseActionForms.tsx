'use client'
/**
 * The handling buttons and, for each, a drawer asking only for what that action needs. Sends the
 * action to POST /api/enquiries/:id/handle (handling.ts) and shows each refusal in Chinese beside
 * its field; on success reloads the case so the form shows the new state.
 */
import { Button, Drawer, SelectInput, TextareaInput, TextInput, toast, useConfig, useModal } from '@payloadcms/ui'
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
  closing: { needsReason: boolean; ratingWithin: number; closableFrom: string | null; reviewWithinDays: number }
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

/** A refusal beside its field: always visible (not a hover tooltip), announced when it appears. */
const errorFor = (errors: Values, field: string): ReactNode =>
  errors[field] ? (
    <p role="alert" data-testid={`case-action-error-${field}`} style={{ color: 'var(--theme-error-500)', fontWeight: 600, margin: '0 0 0.5rem' }}>
      {errors[field]}
    </p>
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
    // React passes a submit on through the portal to the case's own form, which would save the
    // whole document (with its old state) as well.
    event.stopPropagation()
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

  type Described = { description?: string; required?: boolean }
  /** One field of an action's form, with its value, its refusal beside it, and no raw field name. */
  const shared = (field: string, label: string, { description, required = true }: Described) => ({
    path: `caseAction.${field}`,
    label,
    description,
    required,
    Error: errorFor(errors, field),
    showError: Boolean(errors[field]),
  })
  const text = (field: string, label: string, options: Described & { rows?: number } = {}) => (
    <TextareaInput {...shared(field, label, options)} rows={options.rows ?? 4} value={values[field] ?? ''} onChange={(event) => set(field)(event.target.value)} />
  )
  const line = (field: string, label: string, options: Described = {}) => (
    <TextInput {...shared(field, label, options)} value={values[field] ?? ''} onChange={(event: { target: { value: string } }) => set(field)(event.target.value)} />
  )
  const choice = (field: string, label: string, options: Option[], described: Described = {}, onChoose = set(field)) => (
    <SelectInput
      {...shared(field, label, { required: false, ...described })}
      name={field}
      options={options}
      value={values[field] ?? ''}
      onChange={(option) => onChoose(option && !Array.isArray(option) ? String(option.value) : '')}
    />
  )
  const insertTemplate = (id: string) => {
    const chosen = props.templates.find((template) => template.value === id)
    if (chosen) set('reply')(values.reply?.trim() ? `${values.reply.trim()}\n\n${chosen.body}` : chosen.body)
  }

  const fields = (action: CaseAction): ReactNode => {
    switch (action) {
      case 'accept':
        return <p>受理后开始计算答复期限({props.answerWithin} 个工作日)。</p>
      case 'decline':
        return text('declineReason', '不予受理的理由', { description: '留言人查询进度时会看到这段话,请写清楚原因和可以去哪里办理。', rows: 5 })
      case 'assign':
        return (
          <>
            {choice('station', '转办到服务站或部门', props.stations)}
            {choice('handler', '承办人', props.staff, { description: '服务站或承办人至少选一个。' })}
            {line('assignmentNote', '转办说明', { description: '记入转办记录,承办人可以看到。', required: false })}
          </>
        )
      case 'answer':
        return (
          <>
            {props.templates.length > 0 &&
              choice('template', '插入答复口径', props.templates, { description: '选中的口径接在答复内容后面,插入后可以再修改。' }, insertTemplate)}
            {text('reply', '答复内容', { description: '留言人查询进度时会看到答复。', rows: 10 })}
          </>
        )
      case 'extend':
        return (
          <>
            {line('extensionDays', '延长几个工作日', { description: `只能延期一次,最多 ${props.maxExtension} 个工作日。` })}
            {text('extensionReason', '延期理由')}
          </>
        )
      case 'close':
        return (
          <>
            <p>
              {closing.needsReason
                ? `留言人还没有评价答复。答复满 ${closing.ratingWithin} 个工作日(${closing.closableFrom ?? '—'} 起)可以直接办结;现在就办结,请写明理由。`
                : `办结后留言人仍可在 ${closing.reviewWithinDays} 天内申请复查。`}
            </p>
            {(closing.needsReason || errors.closeReason) && text('closeReason', '提前办结的理由')}
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
