/**
 * The case engine: public submissions handled on legal clocks by assigned staff, with sealed
 * personal data. Enquiries (留言咨询, kinds/enquiry.ts) are its first kind. This is the module's
 * public entry: payload.config.ts registers it as a plugin, the public site and the rest of the
 * back office import from here (the form island from client.ts, which loads in the browser).
 *
 *   kinds/           what a kind of case configures (CaseKind), and the enquiry kind
 *   domain/          pure rules: states, clocks and calendar, personal data, submission schema,
 *                    tracking code and secret, challenge, rate limits, statistics, export, retention
 *   payload/         Payload wiring: the plugin, collections, access, the handling hook, endpoints,
 *                    admin components, jobs; services/ the public path (submit, lookup, public views)
 *   infrastructure/  keys, the shared hit store, the e-mail adapter, the outbox, SMS
 */
export * from './client'
export { cases, type CasesOptions } from './payload/plugin'
/** Context flag of jobs that rewrite a case outside the handling workflow. */

// 依申请公开, the second kind: its rules (clock, answers, the annual report's table), its handling steps and the public path.
export * from './kinds/foiRequest'
export { type FoiClock, type FoiEvent, foiClock, foiEventProblem } from './domain/foiClock'
export { type FoiAnswer, foiAnswerProblems, type FoiNotice, foiNotice } from './domain/foiAnswer'
export { type FoiCaseFacts, FOI_COLUMNS, FOI_ROWS, type FoiTable, foiStatistics } from './domain/foiStatistics'
export { FOI_STATUS_LABELS, FOI_STEPS, type FoiStatus } from './payload/foiRules'
export { FOI_ORGAN, type FoiLookupOutcome, type FoiPublicView, type FoiSubmitOutcome, foiYearTable, lookupFoiRequest, recordFoiRequest, type RecordedFoiRequest, submitFoiRequest } from './payload/services/foi'

// The public site's path to cases.
export { issueChallenge } from './domain/challenge'
export { RETENTION_DAYS_DEFAULT } from './domain/retention'
export { normaliseTrackingCode, TRACKING_CODE_EXAMPLE } from './domain/tracking'
export { type MonthStatistics, statisticsCsv } from './domain/statistics'
export { type ActionOutcome, CODE_FORMAT_MESSAGE, type LookupOutcome, lookupEnquiry, type PublicCaseView, rateAndClose, requestReview } from './payload/services/lookup'
export {
  changesPublishedAnswer,
  enquiryStatistics,
  findPublishedAnswer,
  listPublishedAnswers,
  publishedAnswersByIds,
  publishedAnswerVersions,
  type PublishedAnswer,
} from './payload/services/publicViews'
export { type OpinionOutcome, submitOpinion } from './payload/services/opinions'
export { submitEnquiry, type SubmitOutcome, type SubmittedFile, UNAVAILABLE_MESSAGE } from './payload/services/submit'

// What the self-check asks of cases: which are open, and the deadline each runs against.
export { OPEN_STATUSES } from './domain/status'
export { runningDeadline } from './domain/clocks'

// The holiday schedule an operator must keep up (health checks, the dashboard's notice).
export { missingNextYear, OFFICIAL_CALENDAR } from './domain/officialCalendar'
export { enteredCalendar } from './payload/caseRules'

// Infrastructure a deployment configures: Payload's `email:` adapter, the SMS provider, the site's shared hit store.
export { createSharedHitStore } from './infrastructure/hitStore'
export { emailAdapter } from './infrastructure/mail'
export { registerSmsSender, type SmsSender } from './infrastructure/sms'
