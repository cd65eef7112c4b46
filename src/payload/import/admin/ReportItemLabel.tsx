'use client'

import { useRowLabel } from '@payloadcms/ui'

import { IMPORT_ITEM_STATUS_LABELS, type ImportItemStatus } from '../../constants/imports'

/** A report line is known by its file and outcome, not by "Item 01". */
export const ReportItemLabel = () => {
  const { data, rowNumber } = useRowLabel<{ file?: string; status?: ImportItemStatus }>()
  const status = data?.status ? IMPORT_ITEM_STATUS_LABELS[data.status] : ''
  return <span>{data?.file ? `${data.file} · ${status}` : `文件 ${(rowNumber ?? 0) + 1}`}</span>
}
