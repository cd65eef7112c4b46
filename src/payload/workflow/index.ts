/**
 * The review workflow (审核发布): review chains per collection and global (chains.ts), the
 * transitions (performTransition.ts, performGlobalTransition.ts), the hooks that keep a person's
 * save a draft (hooks/), the audit log entries (audit.ts) and scheduled publication
 * (scheduledPublish.ts). payload.config.ts registers it as the `workflow()` plugin (plugin.ts).
 */
export { workflow } from './plugin'
/** For other back-office features: their own audit entries, and the rich-text walk the checks use. */
export { writeAudit } from './audit'
export { customLinks, internalLinks, type RichText, uploadIds } from './checks/lexical'
// The self-check judges published guides by the same elements their publication is checked for.
export { serviceGuideProblems } from './checks/serviceGuide'
export type { TransitionContext } from './context'
