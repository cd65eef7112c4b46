import { IMPORT_ITEM_STATUS_LABELS, type ImportItemStatus } from '../../constants/imports'

/** What a file's outcome is called in the preview (nothing written yet) and after the import. */
export const outcomeLabel = (status: ImportItemStatus, dryRun: boolean): string =>
  dryRun ? { imported: '可导入', skipped: '将跳过', failed: '无法导入' }[status] : IMPORT_ITEM_STATUS_LABELS[status]

