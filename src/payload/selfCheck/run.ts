import type { Payload } from 'payload'

import { annualReportYears, caseFacts, columnFacts, consultationFacts, disclosureFacts, footerFacts, guideFacts, interpretationFacts, linkFacts } from './facts'
import { type Fetcher, fetchStatus } from './linkChecker'
import {
  annualReportFindings,
  caseFindings,
  consultationFindings,
  deadLinkFindings,
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
 * the cases, the settings, the links in published text and last year's annual report.
 */
export type SelfCheckOptions = {
  thresholds?: Thresholds
  /** How addresses are checked; null: not over the network (links to items of the site are still checked). */
  fetcher?: Fetcher | null
}

export const runSelfCheck = async (payload: Payload, now = new Date(), { thresholds = DEFAULT_THRESHOLDS, fetcher = fetchStatus }: SelfCheckOptions = {}): Promise<SelfCheckResult> => {
  const started = performance.now()
  const [columns, cases, interpretations, guides, consultations, footer, disclosure, links, reportYears] = await Promise.all([
    columnFacts(payload),
    caseFacts(payload),
    interpretationFacts(payload),
    guideFacts(payload),
    consultationFacts(payload),
    footerFacts(payload),
    disclosureFacts(payload),
    linkFacts(payload, fetcher),
    annualReportYears(payload),
  ])
  const findings = [
    ...freshnessFindings(columns, thresholds, now),
    ...disclosureFindings(disclosure),
    ...caseFindings(cases, now),
    ...interpretationFindings(interpretations),
    ...guideFindings(guides),
    ...consultationFindings(consultations, now),
    ...footerFindings(footer),
    ...deadLinkFindings(links),
    ...annualReportFindings(reportYears, now),
  ]
  return { startedAt: now.toISOString(), durationMs: Math.round(performance.now() - started), findings }
}
