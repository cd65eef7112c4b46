/**
 * 意见征集 (public consultations): the phases of a consultation, read from its period in Beijing
 * days, so the site, the submission service and the admin agree on whether it is open.
 */
import { beijingDate } from '../../shared/beijingTime'

export type ConsultationPhase = 'upcoming' | 'open' | 'closed'

export const CONSULTATION_PHASE_LABELS: Record<ConsultationPhase, string> = {
  upcoming: '尚未开始',
  open: '正在征集',
  closed: '征集已结束',
}

export type ConsultationPeriod = { opensAt?: string | null; closesAt?: string | null }

/** Open from the first Beijing day of the period to the end of its last day. */
export const consultationPhase = (period: ConsultationPeriod, now: Date = new Date()): ConsultationPhase => {
  const today = beijingDate(now)
  if (!period.opensAt || !period.closesAt || today < beijingDate(period.opensAt)) return 'upcoming'
  return today > beijingDate(period.closesAt) ? 'closed' : 'open'
}

/** What a closed consultation whose 反馈情况 is not yet published tells staff (the 检查指标 counts it against the site). */
export const MISSING_FEEDBACK = '征集已结束,尚未发布反馈情况(采纳情况和理由)。请尽快填写“反馈情况”并送审发布。'

export const CONSULTATION_SUBMIT_CLOSED = '这项意见征集已经结束或尚未开始,不能再提交意见。'

/** The opinion form's limits, checked in the schema (cases/domain/submission.ts). */
export const OPINION_LIMITS = { body: 3000 } as const
