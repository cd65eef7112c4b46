import { consultationPhase, MISSING_FEEDBACK } from '../../constants/consultations'
import { hasFeedbackText } from '../../collections/Consultations'

type Doc = Record<string, unknown>

/**
 * What keeps a consultation from going public (errors) and what its reviewers are told (warnings):
 * a period that ends before it starts, more opinions adopted than received, and, once it is
 * closed, a missing 反馈情况 (the 检查指标 counts a consultation without feedback against the site).
 */
export const consultationProblems = (doc: Doc, now = new Date()): { errors: string[]; warnings: string[] } => {
  const errors: string[] = []
  const warnings: string[] = []
  const period = { opensAt: doc.opensAt as string | null, closesAt: doc.closesAt as string | null }
  if (period.opensAt && period.closesAt && new Date(period.closesAt) < new Date(period.opensAt)) errors.push('征集截止日期早于开始日期')
  const feedback = (doc.feedback ?? {}) as { received?: number | null; adopted?: number | null }
  if (feedback.received != null && feedback.adopted != null && feedback.adopted > feedback.received) errors.push('采纳的意见条数多于收到的条数')
  if (consultationPhase(period, now) === 'closed' && !hasFeedbackText(doc.feedback)) warnings.push(MISSING_FEEDBACK)
  return { errors, warnings }
}
