/**
 * 页面 (general pages: 局长信箱 guidance, 专题专栏 landing pages …): the top section of the site a
 * page belongs to, named once for the admin's select and the site's breadcrumbs and 网站地图. The
 * labels are those of the main menu's sections (src/site/lib/siteSections.ts).
 */
export const PAGE_SECTION_LABELS = {
  about: '机构概况',
  news: '新闻动态',
  openness: '政务公开',
  services: '办事服务',
  interaction: '互动交流',
  stations: '服务站点',
  models: '先进典型',
} as const

export type PageSection = keyof typeof PAGE_SECTION_LABELS

