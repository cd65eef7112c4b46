import type { Role } from '../constants/roles'
import type { ReviewStage, WorkflowAction } from '../constants/workflow'

export type ChainStage = { stage: ReviewStage; role: Role }

/**
 * A review chain: one to three stages, each naming the role that acts on it, then the role that
 * takes the publication decision (终审发布, 谁发布谁负责).
 */
export type WorkflowChain = {
  stages: readonly ChainStage[]
  publishRole: Role
  /** The actions this chain offers; every action when absent. */
  actions?: readonly WorkflowAction[]
}

const twoStages: WorkflowChain = {
  stages: [
    { stage: 'first', role: 'reviewer' },
    { stage: 'second', role: 'reviewer' },
  ],
  publishRole: 'publisher',
}

const threeStages: WorkflowChain = {
  stages: [
    { stage: 'first', role: 'reviewer' },
    { stage: 'second', role: 'reviewer' },
    { stage: 'final', role: 'publisher' },
  ],
  publishRole: 'publisher',
}

/** The one place that says which collections go through review and how many stages each has. */
export const WORKFLOW_CHAINS = {
  news: twoStages,
  policies: threeStages,
  interpretations: twoStages,
  // A guide states the bureau's commitments (materials, time limits, fees): three stages, as for its policies.
  serviceGuides: threeStages,
  // A draft put to the public, and later the bureau's answer to it (反馈情况): as for the policies it leads to.
  consultations: threeStages,
  // 局长信箱 guidance and 专题 pages speak for the bureau and carry its forms: 三审, as for its policies.
  pages: threeStages,
  commendations: threeStages,
  veterans: twoStages,
  // 机构概况: who leads the bureau and what each leader is in charge of is stated with the authority of a policy.
  leaders: threeStages,
  orgUnits: twoStages,
  stations: { stages: [{ stage: 'first', role: 'reviewer' }], publishRole: 'publisher' },
} as const satisfies Record<string, WorkflowChain>

export type WorkflowCollection = keyof typeof WORKFLOW_CHAINS

export const WORKFLOW_COLLECTIONS = Object.keys(WORKFLOW_CHAINS) as WorkflowCollection[]

export const isWorkflowCollection = (slug: string): slug is WorkflowCollection => slug in WORKFLOW_CHAINS

export const chainFor = (collection: WorkflowCollection): WorkflowChain => WORKFLOW_CHAINS[collection]

/**
 * Site-wide settings the public sees on every page (menus, footer, 网站标识码/ICP/公安备案): 初审 by
 * a reviewer, then the publisher publishes. They are never scheduled, unpublished or withdrawn:
 * the site cannot go without its menu or footer.
 */
const siteWideReview: WorkflowChain = {
  stages: [{ stage: 'first', role: 'reviewer' }],
  publishRole: 'publisher',
  actions: ['submit', 'approve', 'return', 'publish'],
}

export const GLOBAL_WORKFLOW_CHAINS = {
  navigation: siteWideReview,
  siteSettings: siteWideReview,
  bureauProfile: siteWideReview,
  mediaAccounts: siteWideReview,
} as const satisfies Record<string, WorkflowChain>

export type WorkflowGlobal = keyof typeof GLOBAL_WORKFLOW_CHAINS

export const isWorkflowGlobal = (slug: string): slug is WorkflowGlobal => slug in GLOBAL_WORKFLOW_CHAINS

export const globalChainFor = (global: WorkflowGlobal): WorkflowChain => GLOBAL_WORKFLOW_CHAINS[global]
