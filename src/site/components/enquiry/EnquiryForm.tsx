import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react'

import {
  checkAttachmentList,
  ENQUIRY_KIND_LABELS,
  ENQUIRY_LIMITS,
  type EnquiryKind,
  type FieldErrors,
  formToSubmission,
  POLICY_TOPIC_LABELS,
  solveChallenge,
  validateEnquiry,
} from '../../../payload/cases/client'
import { ENQUIRY_PATHS } from '../../lib/sitePaths'
import { Receipt } from './Receipt'

export type FormValues = Record<string, string>

/** Files of a submission sent back, kept by the server (the form without JavaScript), and how many new ones were not. */
export type KeptAttachments = { files: { id: string; name: string }[]; dropped: number }

type Props = {
  values: FormValues
  errors: FieldErrors
  message?: string
  challenge: { token: string; question: string; bits: number }
  stations: { id: string; name: string }[]
  kept?: KeptAttachments
}

const DRAFT_KEY = 'va-enquiry-draft'

/** The order errors are listed in, matching the order of the fields. */
const FIELD_ORDER = ['form', 'kind', 'topic', 'preferredStation', 'subject', 'body', 'attachments', 'name', 'phone', 'idCard', 'email', 'consent', 'answer', 'submissionKey']

const FIELD_LABELS: Record<string, string> = {
  form: '留言',
  kind: '留言类别',
  topic: '事项类别',
  preferredStation: '希望办理的服务站',
  subject: '标题',
  body: '留言内容',
  attachments: '附件',
  name: '姓名',
  phone: '手机号码',
  idCard: '身份证号码',
  email: '电子邮箱',
  consent: '个人信息保护说明',
  answer: '验证问题',
  submissionKey: '页面',
}

const anchorOf = (field: string) => (field === 'kind' ? 'enquiry-kind-question' : `enquiry-${field}`)

/**
 * 留言 form. Server-rendered, it is a plain form that posts to /enquiry and works without
 * JavaScript. Hydrated, it checks fields with the same schema as the server, solves the
 * anti-abuse check in the background, submits with fetch and keeps what was typed (also
 * across a reload of the tab) until the submission is stored.
 */
export default function EnquiryForm({ values: initialValues, errors: initialErrors, message: initialMessage, challenge, stations, kept = { files: [], dropped: 0 } }: Props) {
  const [values, setValues] = useState<FormValues>(initialValues)
  const [errors, setErrors] = useState<FieldErrors>(initialErrors)
  const [message, setMessage] = useState(initialMessage ?? '')
  const [enhanced, setEnhanced] = useState(false)
  const [busy, setBusy] = useState(false)
  const [receipt, setReceipt] = useState<{ trackingCode: string; secret: string; repeated: boolean; emailedTo: string | null } | null>(null)
  const token = useRef(challenge)
  const pow = useRef<Promise<string> | null>(null)
  const summary = useRef<HTMLDivElement>(null)

  useEffect(() => {
    setEnhanced(true)
    pow.current = solveChallenge(token.current.token, token.current.bits)
    const saved = sessionStorage.getItem(DRAFT_KEY)
    if (saved && !initialValues.subject && !initialValues.body) {
      setValues((current) => ({ ...JSON.parse(saved), submissionKey: current.submissionKey }))
    }
  }, [initialValues.subject, initialValues.body])

  useEffect(() => {
    if (enhanced && !receipt) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values))
  }, [enhanced, receipt, values])

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    requestAnimationFrame(() => summary.current?.focus())
  }

  const update = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    const { name, type } = event.target
    const value = type === 'checkbox' ? ((event.target as HTMLInputElement).checked ? 'on' : '') : event.target.value
    setValues((current) => ({ ...current, [name]: value }))
  }

  const refreshChallenge = async () => {
    const response = await fetch('/enquiry/api/challenge', { cache: 'no-store' })
    token.current = await response.json()
    pow.current = solveChallenge(token.current.token, token.current.bits)
  }

  const send = async (form: HTMLFormElement, retryChallenge: boolean): Promise<void> => {
    const body = new FormData(form)
    body.set('challenge', token.current.token)
    body.set('pow', (await pow.current) ?? '')
    const response = await fetch('/enquiry/api/submit', { method: 'POST', body })
    const answer = await response.json().catch(() => ({}))
    if (response.ok) {
      sessionStorage.removeItem(DRAFT_KEY)
      setReceipt({ trackingCode: answer.trackingCode, secret: answer.secret, repeated: response.status === 200, emailedTo: answer.emailedTo ?? null })
      requestAnimationFrame(() => document.getElementById('va-receipt')?.focus())
      return
    }
    if (response.status === 400 && answer.errors?.answer && retryChallenge) {
      await refreshChallenge()
      return send(form, false)
    }
    if (answer.errors && Object.keys(answer.errors).some((field) => field !== 'form')) return showErrors(answer.errors)
    setMessage(answer.message ?? answer.errors?.form ?? '提交没有成功,您填写的内容仍在页面上,请稍后再试。')
    requestAnimationFrame(() => summary.current?.focus())
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setMessage('')
    const files = [...((form.elements.namedItem('attachments') as HTMLInputElement | null)?.files ?? [])]
    const checked = validateEnquiry(formToSubmission(values))
    const fileError = checkAttachmentList(files)
    if (!checked.ok || fileError) return showErrors({ ...(checked.ok ? {} : checked.errors), ...(fileError && { attachments: fileError }) })
    setErrors({})
    setBusy(true)
    try {
      await send(form, true)
    } catch {
      setMessage('网络连接中断,提交没有完成。您填写的内容仍在页面上,请检查网络后再次提交(不会重复提交)。')
      requestAnimationFrame(() => summary.current?.focus())
    } finally {
      setBusy(false)
    }
  }

  if (receipt) return <Receipt {...receipt} />

  const listed = FIELD_ORDER.filter((field) => errors[field])
  const described = (field: string, hint?: boolean) =>
    [hint && `enquiry-${field}-hint`, errors[field] && `enquiry-${field}-error`].filter(Boolean).join(' ') || undefined
  const errorOf = (field: string) =>
    errors[field] ? (
      <p className="va-field__error" id={`enquiry-${field}-error`}>
        <span className="va-visually-hidden">错误:</span>
        {errors[field]}
      </p>
    ) : null
  const text = (field: string, label: string, options: { hint?: string; type?: string; autoComplete?: string; inputMode?: 'numeric' | 'email' | 'tel'; maxLength?: number; optional?: boolean } = {}) => (
    <div className={`va-field${errors[field] ? ' va-field--error' : ''}`}>
      <label htmlFor={`enquiry-${field}`}>
        {label}
        {options.optional && <span className="va-field__optional">(选填)</span>}
      </label>
      {options.hint && (
        <p className="va-field__hint" id={`enquiry-${field}-hint`}>
          {options.hint}
        </p>
      )}
      {errorOf(field)}
      <input
        id={`enquiry-${field}`}
        name={field}
        type={options.type ?? 'text'}
        value={values[field] ?? ''}
        onChange={update}
        autoComplete={options.autoComplete}
        inputMode={options.inputMode}
        maxLength={options.maxLength}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={described(field, Boolean(options.hint))}
        required={!options.optional}
      />
    </div>
  )

  return (
    <form className="va-enquiry-form" method="post" action={ENQUIRY_PATHS.form} encType="multipart/form-data" noValidate onSubmit={onSubmit}>
      <div ref={summary} tabIndex={-1} className={listed.length || message ? 'va-error-summary' : undefined} role={listed.length || message ? 'alert' : undefined}>
        {message && <p className="va-error-summary__message">{message}</p>}
        {listed.length > 0 && (
          <>
            <h2>请修改以下 {listed.length} 处后再提交</h2>
            <ul>
              {listed.map((field) => (
                <li key={field}>
                  <a href={`#${anchorOf(field)}`}>
                    {FIELD_LABELS[field]}:{errors[field]}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <fieldset className={`va-field${errors.kind ? ' va-field--error' : ''}`} aria-describedby={errors.kind ? 'enquiry-kind-error' : undefined}>
        <legend>留言类别</legend>
        {errorOf('kind')}
        <div className="va-choices">
          {(Object.entries(ENQUIRY_KIND_LABELS) as [EnquiryKind, string][]).map(([kind, label]) => (
            <label key={kind} className="va-choice">
              <input type="radio" id={`enquiry-kind-${kind}`} name="kind" value={kind} checked={values.kind === kind} onChange={update} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="va-field-row">
        <div className="va-field">
          <label htmlFor="enquiry-topic">
            事项类别<span className="va-field__optional">(选填)</span>
          </label>
          {errorOf('topic')}
          <select id="enquiry-topic" name="topic" value={values.topic ?? ''} onChange={update} aria-describedby={described('topic')}>
            <option value="">不确定</option>
            {Object.entries(POLICY_TOPIC_LABELS).map(([topic, label]) => (
              <option key={topic} value={topic}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="va-field">
          <label htmlFor="enquiry-preferredStation">
            希望办理的服务站<span className="va-field__optional">(选填)</span>
          </label>
          {errorOf('preferredStation')}
          <select id="enquiry-preferredStation" name="preferredStation" value={values.preferredStation ?? ''} onChange={update} aria-describedby={described('preferredStation')}>
            <option value="">由县退役军人事务局分办</option>
            {stations.map((station) => (
              <option key={station.id} value={station.id}>
                {station.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      {text('subject', '标题', { maxLength: ENQUIRY_LIMITS.subject, hint: `用一句话概括,${ENQUIRY_LIMITS.subject} 字以内` })}

      <div className={`va-field${errors.body ? ' va-field--error' : ''}`}>
        <label htmlFor="enquiry-body">留言内容</label>
        <p className="va-field__hint" id="enquiry-body-hint">
          请写明事情经过和您的诉求,{ENQUIRY_LIMITS.body} 字以内。不要在这里填写身份证号码、银行卡号等信息。
        </p>
        {errorOf('body')}
        <textarea
          id="enquiry-body"
          name="body"
          rows={8}
          value={values.body ?? ''}
          onChange={update}
          maxLength={ENQUIRY_LIMITS.body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={described('body', true)}
          required
        />
        {enhanced && (
          <p className="va-field__hint" aria-live="polite">
            还可以输入 {ENQUIRY_LIMITS.body - (values.body ?? '').length} 字
          </p>
        )}
      </div>

      <div className={`va-field${errors.attachments ? ' va-field--error' : ''}`}>
        <label htmlFor="enquiry-attachments">
          附件<span className="va-field__optional">(选填)</span>
        </label>
        <p className="va-field__hint" id="enquiry-attachments-hint">
          照片或 PDF 文件,最多 3 个,每个不超过 5 MB。照片中的拍摄地点等信息会在保存前删除。附件只有办理人员能看到。
        </p>
        {errorOf('attachments')}
        <input
          id="enquiry-attachments"
          name="attachments"
          type="file"
          multiple
          accept="image/jpeg,image/png,application/pdf"
          aria-describedby={[described('attachments', true), kept.files.length > 0 && 'enquiry-attachments-kept', kept.dropped > 0 && 'enquiry-attachments-dropped'].filter(Boolean).join(' ')}
        />
        {kept.files.length > 0 && (
          <div className="va-kept" id="enquiry-attachments-kept">
            <p>下面的附件已经上传,不用再选。提交留言时会一起提交:</p>
            <ul>
              {kept.files.map((file) => (
                <li key={file.id}>
                  <span data-testid="kept-attachment">已上传:{file.name}</span>{' '}
                  <label className="va-choice va-kept__remove">
                    <input type="checkbox" name="removeAttachment" value={file.id} />
                    移除这个附件
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
        {kept.dropped > 0 && (
          <p className="va-field__error" id="enquiry-attachments-dropped">
            {kept.dropped} 个文件没有保存下来,请重新选择。
          </p>
        )}
      </div>

      <fieldset className="va-fieldset">
        <legend>联系方式(仅用于办理本件留言,不会公开)</legend>
        {text('name', '姓名', { autoComplete: 'name', maxLength: ENQUIRY_LIMITS.name })}
        {text('phone', '手机号码', { type: 'tel', autoComplete: 'tel-national', inputMode: 'numeric', maxLength: 11, hint: '11 位手机号码,办理人员可能会打电话联系您' })}
        {text('idCard', '身份证号码', { optional: true, maxLength: 18, hint: '办理优抚、安置等个人事项时填写,便于核实身份;加密保存' })}
        {text('email', '电子邮箱', { type: 'email', autoComplete: 'email', inputMode: 'email', optional: true, hint: '填写后,查询码也会发到这个邮箱' })}
      </fieldset>

      <div className="va-honeypot" aria-hidden="true">
        <label htmlFor="enquiry-website">网址(请不要填写)</label>
        <input id="enquiry-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className={`va-field${errors.consent ? ' va-field--error' : ''}`}>
        {errorOf('consent')}
        <label className="va-choice">
          <input id="enquiry-consent" type="checkbox" name="consent" checked={values.consent === 'on'} onChange={update} aria-describedby={described('consent')} />
          我已阅读并同意<a href={ENQUIRY_PATHS.privacy}>《个人信息保护说明》</a>
        </label>
        <label className="va-choice">
          <input id="enquiry-publishConsent" type="checkbox" name="publishConsent" checked={values.publishConsent === 'on'} onChange={update} />
          同意在去除姓名、电话等个人信息后,把我的留言和答复在“留言选登”中公开(选填)
        </label>
      </div>

      {enhanced ? (
        errors.answer && <p className="va-field__error">{errors.answer}</p>
      ) : (
        <div className={`va-field${errors.answer ? ' va-field--error' : ''}`}>
          <label htmlFor="enquiry-answer">{`验证问题:${challenge.question}`}</label>
          <p className="va-field__hint" id="enquiry-answer-hint">
            用于防止自动程序批量提交,请填写阿拉伯数字。
          </p>
          {errorOf('answer')}
          <input id="enquiry-answer" name="answer" type="text" inputMode="numeric" autoComplete="off" maxLength={3} defaultValue="" aria-describedby={described('answer', true)} />
        </div>
      )}
      <input type="hidden" name="challenge" value={token.current.token} />
      <input type="hidden" name="submissionKey" value={values.submissionKey ?? ''} />

      <button type="submit" className="va-button" disabled={busy} aria-disabled={busy || undefined}>
        {busy ? '正在提交…' : '提交留言'}
      </button>
    </form>
  )
}
