/**
 * What the browser may load from the case engine (the enquiry form island): the kind's labels,
 * the submission schema and the attachment rules. Nothing behind this file imports Node or
 * Payload. Server code imports the same names from index.ts, which re-exports all of this.
 */
export { POLICY_TOPIC_LABELS } from '../constants/policies'
export { solveChallenge } from './domain/proofOfWork'
export type { CaseStatus } from './domain/status'
export {
  ATTACHMENT_LIMITS,
  checkAttachmentList,
  ENQUIRY_LIMITS,
  FOI_LIMITS,
  type EnquirySubmission,
  type FieldErrors,
  formToSubmission,
  validateEnquiry,
} from './domain/submission'
export { type CaseKind, clockPromise } from './kinds/caseKind'
export {
  ENQUIRY_KIND_LABELS,
  ENQUIRY_KINDS,
  ENQUIRY_STATUS_LABELS,
  type EnquiryKind,
  enquiryKind,
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
  type Satisfaction,
} from './kinds/enquiry'
