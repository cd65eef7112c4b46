/**
 * The handling of a 依申请公开 request (a beforeChange hook): each step a handler takes (补正,
 * 收到补正, 征求第三方意见, 延期, 答复) is checked against the law's rules (domain/foiClock.ts,
 * domain/foiAnswer.ts), recorded as an event with who took it, and the clock is worked out again
 * from the events. Events are never edited: the only way to change a request is the next step.
 */
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { addDays, toBeijingDate } from '../domain/clocks'
import { type FoiAnswer, foiAnswerProblems } from '../domain/foiAnswer'
import { type FoiClock, type FoiEvent, foiClock, foiEventProblem } from '../domain/foiClock'
import { FOI_CLOCKS } from '../kinds/foiRequest'
import { loadCalendar } from './caseRules'

/** The steps a handler takes, each one event of the clock. */
export const FOI_STEPS = {
  clarificationRequested: '告知补正',
  clarificationReceived: '收到补正',
  consultationStarted: '征求第三方意见',
  consultationEnded: '第三方意见已收到',
  extended: '延长答复期限',
  answered: '答复',
} as const
export type FoiStep = keyof typeof FOI_STEPS

export const FOI_EVENT_LABELS: Record<FoiEvent['type'], string> = { received: '收到申请', ...FOI_STEPS }

/** Where a request stands, from its clock: what the list, the queue and the applicant see. */
export const FOI_STATUS_LABELS = {
  running: '办理中',
  clarifying: '待申请人补正',
  consulting: '征求第三方意见',
  answered: '已答复',
} as const
export type FoiStatus = keyof typeof FOI_STATUS_LABELS

export const foiStatusOf = (clock: FoiClock): FoiStatus =>
  clock.state === 'answered' ? 'answered' : clock.pausedFor === 'clarification' ? 'clarifying' : clock.pausedFor === 'consultation' ? 'consulting' : 'running'

/** An event as stored: the clock's event, a note (what to clarify, whom consulted) and who recorded it. */
export type FoiEventRow = { type: FoiEvent['type']; on: string; days?: number | null; reason?: string | null; note?: string | null; by?: unknown }

export const toFoiEvents = (rows: readonly FoiEventRow[]): FoiEvent[] =>
  rows.map((row) =>
    row.type === 'extended' ? { type: 'extended', on: row.on, days: Number(row.days ?? 0), reason: row.reason ?? '' } : ({ type: row.type, on: row.on } as FoiEvent),
  )

/** The answer as the collection stores it (the reason as `type.reason`, one list for every type) read as the rules take it. */
export const foiAnswerOf = (stored: (Omit<FoiAnswer, 'reason'> & { reasonChoice?: string | null }) | null | undefined): FoiAnswer => {
  const [type, reason] = (stored?.reasonChoice ?? '').split('.')
  return { ...stored, reason: type === stored?.type ? (reason ?? null) : null }
}

type Step = { action?: FoiStep | null; on?: string | null; note?: string | null; days?: number | null; reason?: string | null }

/** The step's problems by field (in Chinese): the law's, then what the step itself needs. */
export const foiStepProblems = (
  rows: readonly FoiEventRow[],
  step: Step,
  answer: FoiAnswer,
  today: string,
  calendar: Parameters<typeof foiClock>[2],
): { event: FoiEventRow | null; errors: Record<string, string> } => {
  const errors: Record<string, string> = {}
  const action = step.action!
  if (!(action in FOI_STEPS)) return { event: null, errors: { 'step.action': '请选择办理步骤' } }
  const on = step.on ? toBeijingDate(new Date(step.on)) : today
  const last = rows.at(-1)?.on
  if (on > today) errors['step.on'] = '日期不能晚于今天'
  else if (last && on < last) errors['step.on'] = `日期不能早于上一步(${last})`
  const event: FoiEventRow = { type: action, on, note: step.note?.trim() || null }
  if (action === 'extended') Object.assign(event, { days: step.days ?? 0, reason: step.reason?.trim() ?? '' })
  if (action === 'clarificationRequested' && !step.note?.trim()) errors['step.note'] = '请写明需要补正的内容(将告知申请人)'
  if (action === 'consultationStarted' && !step.note?.trim()) errors['step.note'] = '请写明征求意见的第三方'
  const lawProblem = foiEventProblem(toFoiEvents(rows), toFoiEvents([event])[0]!, calendar)
  if (lawProblem) errors[lawProblem.includes('理由') ? 'step.reason' : lawProblem.startsWith('延长期限应为') ? 'step.days' : 'step.action'] = lawProblem
  if (action === 'answered') {
    for (const [field, message] of Object.entries(foiAnswerProblems(answer))) errors[`answer.${field === 'reason' ? 'reasonChoice' : field}`] = message
  }
  return { event, errors }
}

/** The fields the clock writes: status, dates and days, for the list, the queue and the public lookup. */
export const foiClockFields = (rows: readonly FoiEventRow[], today: string, calendar: Parameters<typeof foiClock>[2]) => {
  const clock = foiClock(toFoiEvents(rows), today, calendar)
  const clarification = [...rows].reverse().find((row) => row.type === 'clarificationRequested')
  const dueSoonFrom = clock.dueOn ? addDays(clock.dueOn, -FOI_CLOCKS.dueSoonWithin) : null
  return {
    status: foiStatusOf(clock),
    receivedOn: rows.find((row) => row.type === 'received')?.on ?? today,
    countsFrom: clock.countsFrom,
    dueOn: clock.dueOn,
    allowedDays: clock.allowed,
    usedDays: clock.used,
    answeredOn: rows.find((row) => row.type === 'answered')?.on ?? null,
    clarificationRequest: clock.pausedFor === 'clarification' ? (clarification?.note ?? null) : null,
    clockState: !clock.dueOn ? 'none' : today > clock.dueOn ? 'overdue' : dueSoonFrom && today >= dueSoonFrom ? 'dueSoon' : 'onTime',
  }
}

const EMPTY_STEP = { action: null, on: null, note: null, days: null, reason: null }

export const applyFoiRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context.skipCaseRules) return data
  const calendar = await loadCalendar(req)
  const today = toBeijingDate(new Date())
  if (operation === 'create') {
    // Created by the public path (services/foi.ts) with no events, or by the demo seed with its history.
    const rows: FoiEventRow[] = data.events?.length ? data.events : [{ type: 'received', on: today }]
    return { ...data, events: rows, step: EMPTY_STEP, ...foiClockFields(rows, today, calendar) }
  }
  const rows = (originalDoc.events ?? []) as FoiEventRow[]
  const next = { ...originalDoc, ...data }
  const answeredBefore = rows.some((row) => row.type === 'answered')
  const step = data.step as Step | undefined
  const errors: Record<string, string> = {}
  let events = rows
  if (step?.action) {
    const checked = foiStepProblems(rows, step, foiAnswerOf(next.answer), today, calendar)
    Object.assign(errors, checked.errors)
    if (checked.event) events = [...rows, { ...checked.event, by: req.user?.id ?? null }]
  } else if (answeredBefore && JSON.stringify(data.answer ?? originalDoc.answer) !== JSON.stringify(originalDoc.answer)) {
    errors['answer.type'] = '已答复的申请不能修改答复'
  }
  if (Object.keys(errors).length) {
    throw new ValidationError({ collection: 'foiRequests', errors: Object.entries(errors).map(([path, message]) => ({ path, message })), req })
  }
  return { ...next, events, step: EMPTY_STEP, ...foiClockFields(events, today, calendar) }
}
