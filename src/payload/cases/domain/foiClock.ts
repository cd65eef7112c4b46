/**
 * The 依申请公开 clock (条例第三十条–第三十三条), in working days on Beijing dates, from the request's
 * events. The answer is due 20 working days after receipt. 补正 (asking the applicant to clarify,
 * once, within 7 working days) stops the clock, and it starts again from zero on the day the
 * clarified request arrives. Consulting a third party (征求第三方意见) does not count: its days are
 * left out. One extension of at most 20 working days, with a reason told to the applicant.
 */
import { FOI_CLOCKS } from '../kinds/foiRequest'
import { addDays, type HolidayCalendar, isWorkingDay, workingDaysBetween } from './clocks'

/** What happened to a request, each on its Beijing date (YYYY-MM-DD). */
export type FoiEvent =
  | { type: 'received'; on: string }
  | { type: 'clarificationRequested'; on: string }
  | { type: 'clarificationReceived'; on: string }
  | { type: 'consultationStarted'; on: string }
  | { type: 'consultationEnded'; on: string }
  | { type: 'extended'; on: string; days: number; reason: string }
  | { type: 'answered'; on: string }

export type FoiClock = {
  /** running: counting; paused: waiting for the applicant's 补正 or a third party; answered. */
  state: 'running' | 'paused' | 'answered'
  /** Why it is paused. */
  pausedFor: 'clarification' | 'consultation' | null
  /** The day the count starts after (receipt, or receipt of the clarified request). */
  countsFrom: string
  /** Working days allowed: 20, plus the extension. */
  allowed: number
  /** Working days counted so far (to `today`, or to the pause or the answer). */
  used: number
  /** The due date while running; null while paused (it moves by the length of the pause). */
  dueOn: string | null
  extension: { days: number; reason: string } | null
}

type Pause = { from: string; to: string | null }

/** Whether a working day counts: not inside a consultation (the start day counts, the days after it up to its end do not). */
const counts = (date: string, pauses: Pause[], calendar: HolidayCalendar) =>
  isWorkingDay(date, calendar) && !pauses.some((pause) => date > pause.from && (pause.to === null || date <= pause.to))

const nextDay = (date: string) => addDays(date, 1)

const countBetween = (from: string, to: string, pauses: Pause[], calendar: HolidayCalendar) => {
  let used = 0
  for (let date = nextDay(from); date <= to; date = nextDay(date)) if (counts(date, pauses, calendar)) used += 1
  return used
}

const dueAfter = (from: string, allowed: number, pauses: Pause[], calendar: HolidayCalendar) => {
  let date = from
  for (let counted = 0; counted < allowed; ) {
    date = nextDay(date)
    if (counts(date, pauses, calendar)) counted += 1
  }
  return date
}

/** The clock of a request on `today`, from its events in the order they happened. */
export const foiClock = (events: readonly FoiEvent[], today: string, calendar: HolidayCalendar): FoiClock => {
  let countsFrom = events.find((event) => event.type === 'received')?.on ?? today
  let pauses: Pause[] = []
  let pausedFor: FoiClock['pausedFor'] = null
  let clarificationFrom: string | null = null
  let extension: FoiClock['extension'] = null
  let answeredOn: string | null = null
  for (const event of events) {
    if (event.type === 'clarificationRequested') {
      pausedFor = 'clarification'
      clarificationFrom = event.on
    } else if (event.type === 'clarificationReceived') {
      // 自收到补正之日起重新计算: from zero, and what paused it before no longer matters.
      countsFrom = event.on
      pauses = []
      pausedFor = null
      clarificationFrom = null
    } else if (event.type === 'consultationStarted') {
      pauses.push({ from: event.on, to: null })
      pausedFor ??= 'consultation'
    } else if (event.type === 'consultationEnded') {
      const open = pauses.find((pause) => pause.to === null)
      if (open) open.to = event.on
      if (pausedFor === 'consultation') pausedFor = null
    } else if (event.type === 'extended') {
      extension = { days: event.days, reason: event.reason }
    } else if (event.type === 'answered') {
      answeredOn = event.on
    }
  }
  const allowed = FOI_CLOCKS.answerWithin + (extension?.days ?? 0)
  const end = answeredOn ?? (pausedFor === 'clarification' ? clarificationFrom! : today)
  const used = countBetween(countsFrom, end < countsFrom ? countsFrom : end, pauses, calendar)
  if (answeredOn) return { state: 'answered', pausedFor: null, countsFrom, allowed, used, dueOn: null, extension }
  if (pausedFor) return { state: 'paused', pausedFor, countsFrom, allowed, used, dueOn: null, extension }
  return { state: 'running', pausedFor: null, countsFrom, allowed, used, dueOn: dueAfter(countsFrom, allowed, pauses, calendar), extension }
}

/** Why an event may not be recorded now (in Chinese), or null. Checked on the server before it is saved. */
export const foiEventProblem = (events: readonly FoiEvent[], next: FoiEvent, calendar: HolidayCalendar): string | null => {
  const clock = foiClock(events, next.on, calendar)
  if (clock.state === 'answered') return '该申请已答复'
  const received = events.find((event) => event.type === 'received')
  if (!received) return '尚未登记收到申请'
  switch (next.type) {
    case 'clarificationRequested':
      if (events.some((event) => event.type === 'clarificationRequested')) return '补正只能一次性告知'
      if (workingDaysBetween(received.on, next.on, calendar) > FOI_CLOCKS.clarifyWithin) return `应当自收到申请之日起 ${FOI_CLOCKS.clarifyWithin} 个工作日内一次性告知补正`
      return null
    case 'clarificationReceived':
      return clock.pausedFor === 'clarification' ? null : '没有待补正的申请'
    case 'consultationStarted':
      return clock.state === 'paused' ? '期限已暂停,不能再征求第三方意见' : null
    case 'consultationEnded':
      return clock.pausedFor === 'consultation' ? null : '没有正在征求的第三方意见'
    case 'extended':
      if (clock.extension) return '答复期限只能延长一次'
      if (!Number.isInteger(next.days) || next.days < 1 || next.days > FOI_CLOCKS.maxExtension) return `延长期限应为 1 至 ${FOI_CLOCKS.maxExtension} 个工作日`
      if (!next.reason.trim()) return '请填写延长答复期限的理由(将告知申请人)'
      if (clock.state === 'running' && clock.dueOn && next.on > clock.dueOn) return '答复期限已过,不能再延长'
      return null
    default:
      return null
  }
}
