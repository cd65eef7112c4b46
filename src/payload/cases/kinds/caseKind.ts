import type { ClockRules } from '../domain/clocks'
import type { CaseStatus } from '../domain/status'

/**
 * What a kind of case configures in the case engine. The states and their changes, the clock
 * arithmetic, assignment with history, reply templates, sealed and masked personal data with a
 * reveal log, retention, tracking code and secret, public lookup and statistics are the engine's;
 * a kind names its collection and gives what differs: labels, its categories and topics, how many
 * working days its clocks allow, and who answers by default. Pure data: the browser loads it too.
 */
export type CaseKind = {
  /**
   * The collection holding this kind's cases. Only 'enquiries' so far: the attachment, reveal-log
   * and reply-template collections relate to it by this slug (payload/collections.ts).
   */
  slug: 'enquiries'
  labels: { singular: string; plural: string }
  /** The admin menu group of the kind's collections. */
  group: string
  /** The case's `kind` field: what the submitter says the case is. */
  categories: Record<string, string>
  /** The case's `topic` field. */
  topics: Record<string, string>
  statusLabels: Record<CaseStatus, string>
  satisfactionLabels: Record<string, string>
  clocks: ClockRules
  /** Who answers a case that was not assigned to a station. */
  answeringDepartment: string
}

/** What the public is promised about a kind's clocks, in one sentence: read from its rules, never written out. */
export const clockPromise = ({ clocks }: Pick<CaseKind, 'clocks'>): string =>
  `我们将在 ${clocks.acceptWithin} 个工作日内告知是否受理,受理后 ${clocks.answerWithin} 个工作日内答复。`
