import { IMPORT_ITEM_STATUS_LABELS } from '../constants/imports'
import { NEWS_CATEGORY_LABELS } from '../constants/news'
import { beijingDateTime } from '../../shared'
import type { ImportRun } from './importArticles'

/** The import report as the command prints it: one block per file, then the totals. */
export const formatReport = (run: ImportRun): string[] => {
  const lines = run.items.flatMap((item) => [
    `${run.dryRun && item.status === 'imported' ? '可导入' : IMPORT_ITEM_STATUS_LABELS[item.status]}  ${item.file}`,
    ...(item.title ? [`  标题:${item.title}`] : []),
    ...(item.title ? [`  日期:${item.publishedAt ? beijingDateTime(item.publishedAt) : '(无)'}  来源:${item.source ?? '(无)'}`] : []),
    ...(item.authors?.length ? [`  作者:${item.authors.join('、')}`] : []),
    ...(item.editor ? [`  编辑:${item.editor}`] : []),
    ...(item.category ? [`  建议栏目:${NEWS_CATEGORY_LABELS[item.category]}(${item.categoryReason})`] : []),
    ...(item.stations?.length ? [`  建议服务站:${item.stations.map((station) => station.name).join('、')}`] : []),
    ...(item.warnings ?? []).map((warning) => `  请核对:${warning}`),
    ...(item.reason ? [`  原因:${item.reason}`] : []),
  ])
  const { imported, skipped, failed } = run.counts
  return [
    ...lines,
    `${run.dryRun ? '预览' : '导入'}完成:${run.dryRun ? '可导入' : '已导入'} ${imported},已跳过 ${skipped},失败 ${failed}。`,
    ...(run.dryRun ? [] : ['导入的文章均为草稿,请在后台审核后发布。']),
  ]
}
