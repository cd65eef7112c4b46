import type { LoginAttempt } from './auth/loginGuard'
import type { TransitionContext } from './workflow'

/**
 * Every flag this code passes in `context` (Local API) or reads from `req.context` (hooks),
 * declared once on Payload's RequestContext. Payload never fills the context from a client's
 * request: each flag is set by our own server code, named below.
 */
declare module 'payload' {
  export interface RequestContext {
    /** The seed is writing (seed/seed.ts): workflow, audit and publication guards stand aside. */
    seeding?: boolean
    /** The news importer is writing (import/importArticles.ts): the import record fields may be set. */
    importing?: boolean
    /** writeAudit (workflow/audit.ts) is appending: the one create the audit log accepts. */
    auditWrite?: boolean
    /** The checked workflow step this write carries out (performTransition, performGlobalTransition). */
    workflowTransition?: TransitionContext
    /** Jobs and fixtures writing an enquiry directly: the case rules (applyCaseRules) stand aside. */
    skipCaseRules?: boolean
    /** A login attempt waiting for its outcome, from guardLogin to countFailedLogin (auth/loginGuard.ts). */
    loginAttempt?: LoginAttempt
    /** The allowed external-link hosts, read once per request (fields/siteLink.ts). */
    externalLinkHosts?: Promise<string[]>
    /** The media the stored row used before this change, by `mediaUse:<collection>:<id>` (mediaUse/hooks.ts). */
    [mediaUseBefore: `mediaUse:${string}`]: string[] | undefined
  }
}
