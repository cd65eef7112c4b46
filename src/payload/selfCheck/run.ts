import type { Payload } from 'payload'

import { caseFacts, columnFacts, consultationFacts, disclosureFacts, footerFacts, guideFacts, interpretationFacts } from './facts'
import {
  caseFindings,
  consultationFindings,
  DEFAULT_THRESHOLDS,
  disclosureFindings,
  type Finding,
  footerFindings,
  freshnessFindings,
  guideFindings,
  interpretationFindings,
  type Thresholds,
} from './rules'

export type SelfCheckResult = { startedAt: string; durationMs: number; findings: Finding[] }

/**
 * One self-check of the site as an inspector would see it: every rule over the published content,
 * the cases and the settings. Dead links and the annual report join when their facts exist
 * (the link checker and the report collection come next).
 */
export const runSelfCheck = async (payload: Payload, now = new Date(), thresholds: Thresholds = DEFAULT_THRESHOLDS): Promise<SelfCheckResult> => {
  const started = performance.now()
  const [columns, cases, interpretations, guides, consultations, footer, disclosure] = await Promise.all([
    columnFacts(payload),
    caseFacts(payload),
    interpretationFacts(payload),
    guideFacts(payload),
    consultationFacts(payload),
    footerFacts(payload),
    disclosureFacts(payload),
  ])
  const findings = [
    ...freshnessFindings(columns, thresholds, now),
    ...disclosureFindings(disclosure),
    ...caseFindings(cases, now),
    ...interpretationFindings(interpretations),
    ...guideFindings(guides),
    ...consultationFindings(consultations, now),
    ...footerFindings(footer),
  ]
  return { startedAt: now.toISOString(), durationMs: Math.round(performance.now() - started), findings }
}
