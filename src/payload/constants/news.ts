export const NEWS_CATEGORIES = ['work', 'local', 'notice', 'media'] as const

export type NewsCategory = (typeof NEWS_CATEGORIES)[number]

export const NEWS_CATEGORY_LABELS: Record<NewsCategory, string> = {
  work: '工作动态',
  local: '地方动态',
  notice: '通知公告',
  media: '媒体聚焦',
}
