export const IMPORT_ITEM_STATUSES = ['imported', 'skipped', 'failed'] as const

export type ImportItemStatus = (typeof IMPORT_ITEM_STATUSES)[number]

export const IMPORT_ITEM_STATUS_LABELS: Record<ImportItemStatus, string> = {
  imported: '已导入',
  skipped: '已跳过',
  failed: '失败',
}
