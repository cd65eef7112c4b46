export const IMPORT_ITEM_STATUSES = ['imported', 'skipped', 'failed'] as const

export type ImportItemStatus = (typeof IMPORT_ITEM_STATUSES)[number]

export const IMPORT_ITEM_STATUS_LABELS: Record<ImportItemStatus, string> = {
  imported: '已导入',
  skipped: '已跳过',
  failed: '失败',
}

/** Where an admin import stands: waiting for the jobs runner, running, finished, or stopped by an error. */
export const IMPORT_RUN_STATES = ['queued', 'running', 'done', 'failed'] as const

export type ImportRunState = (typeof IMPORT_RUN_STATES)[number]

export const IMPORT_RUN_STATE_LABELS: Record<ImportRunState, string> = {
  queued: '等待开始',
  running: '正在导入',
  done: '已完成',
  failed: '已中止',
}

/** An admin import is still under way (its progress view keeps looking). */
export const importUnderWay = (state: ImportRunState | null | undefined): boolean => state === 'queued' || state === 'running'

/**
 * The jobs queue of admin imports: a queue of its own, so a long import never holds up scheduled
 * publishing on the workflow queue. Only the jobs runner runs it (payload.config.ts, autoRun).
 */
export const IMPORT_QUEUE = 'import'
