/** Editorial workflow (三审): states, review stages, actions and their labels, defined once. */

export const REVIEW_STAGES = ['first', 'second', 'final'] as const
export type ReviewStage = (typeof REVIEW_STAGES)[number]
export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = { first: '初审', second: '复审', final: '终审' }

export const WORKFLOW_STATES = ['draft', 'inReview', 'returned', 'approved', 'scheduled', 'published', 'withdrawn'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]
export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  draft: '草稿',
  inReview: '审核中',
  returned: '退回修改',
  approved: '审核通过',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤稿',
}

/** The one wording of where an item stands, used by the document header and the review panel: 审核中(待初审). */
export const workflowStateText = (state: WorkflowState, stage?: ReviewStage | null): string =>
  `${WORKFLOW_STATE_LABELS[state]}${state === 'inReview' && stage ? `(待${REVIEW_STAGE_LABELS[stage]})` : ''}`

/** What a person asks the workflow to do; editing, creating and deleting are plain access rules. */
export const WORKFLOW_ACTIONS = [
  'submit',
  'approve',
  'return',
  'publish',
  'schedule',
  'unpublish',
  'scheduleUnpublish',
  'withdraw',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]
export const WORKFLOW_ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: '提交审核',
  approve: '审核通过',
  return: '退回修改',
  publish: '发布',
  schedule: '定时发布',
  unpublish: '下线',
  scheduleUnpublish: '定时下线',
  withdraw: '撤稿',
}

export const WITHDRAWAL_MODES = ['banner', 'gone'] as const
export type WithdrawalMode = (typeof WITHDRAWAL_MODES)[number]
export const WITHDRAWAL_MODE_LABELS: Record<WithdrawalMode, string> = {
  banner: '保留页面,页面顶部写明已撤稿',
  gone: '撤下页面,只显示“该内容已撤销”',
}

/** What each way of withdrawing does, in words a reviewer reads before choosing. */
export const WITHDRAWAL_MODE_HINTS: Record<WithdrawalMode, string> = {
  banner: '网站上仍能看到原文,页面顶部写明此文已撤稿,并显示您填写的理由(公众可见)。',
  gone: '网站上不再显示原文;打开原网址的人只看到“该内容已撤销”的说明,搜索引擎也会随之删除这个网页。您填写的理由只在后台可见。',
}

/**
 * Everything the audit log records: the workflow actions plus edits, deletions, logins, role
 * changes, media uploads and edits, and saves of site-wide settings.
 */
export const AUDIT_ACTIONS = [...WORKFLOW_ACTIONS, 'edit', 'delete', 'login', 'roleChange', 'mediaUpload', 'mediaEdit', 'save'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  ...WORKFLOW_ACTION_LABELS,
  edit: '编辑后重新送审',
  delete: '删除',
  login: '登录',
  roleChange: '角色变更',
  mediaUpload: '上传文件',
  mediaEdit: '修改文件信息',
  save: '保存设置',
}

/** 检查指标 single-veto thresholds: a column not updated for this many days counts as stale. */
export const STALE_AFTER_DAYS = { news: 14, notice: 183, policies: 183 } as const

/** The jobs-queue queue that scheduled publishing runs on. */
export const WORKFLOW_QUEUE = 'workflow'

/**
 * Set in the jobs runner's process (scripts/jobs.ts) only: there alone the queue is scheduled and
 * run. The admin, the site and the scripts start no cron, so a queue is never run twice.
 */
export const JOBS_RUNNER_ENV = 'VA_JOBS_RUNNER'
