/**
 * The addresses of the site's fixed service pages, named once: pages link with these, never with
 * a path typed out again (the home page's 查询办理进度 once pointed at /enquiry/status, a 404).
 * Each is a page under src/site/pages (tests/unit/sitePaths.unit.test.ts checks that).
 */
export const ENQUIRY_PATHS = {
  /** 我要留言: the form */
  form: '/enquiry',
  /** 查询办理进度: tracking code and secret */
  track: '/enquiry/track',
  /** 留言选登 */
  answers: '/enquiry/answers',
  /** 办理情况统计 */
  statistics: '/enquiry/statistics',
  /** 个人信息保护说明 */
  privacy: '/enquiry/privacy',
} as const

/** 办事服务: the service guides (each at /services/<slug>, its 一次告知单 at /services/<slug>/checklist). */
export const SERVICE_PATHS = {
  /** the index, by life event and by audience */
  index: '/services',
  /** the feed of newly published guides */
  feed: '/services/rss.xml',
  /** 下载中心: every form and attachment of published content */
  downloads: '/downloads',
} as const

/** 意见征集: the list of open and closed consultations (each consultation is at /consultations/<slug>). */
export const CONSULTATION_PATHS = {
  list: '/consultations',
} as const

/** 政府信息公开: the landing page (指南, 目录, 法定主动公开内容, 依申请公开, 年度报告). */
export const DISCLOSURE_PATHS = {
  index: '/xxgk',
  /** 政府信息公开目录: ?category=…&year=…&page=… */
  catalog: '/xxgk/catalog',
  /** 法定主动公开内容: the categories the law requires, each with its count */
  statutory: '/xxgk/statutory',
  /** 政府信息公开指南: a general page (页面) with this slug, kept in the admin */
  guide: '/pages/xxgk-guide',
  /** 依申请公开: the application form, the applicant's tracking page and the printable 告知书 (both POST code and secret) */
  apply: '/xxgk/apply',
  applyTrack: '/xxgk/apply/track',
  applyNotice: '/xxgk/apply/notice',
  /** 政府信息公开工作年度报告: the published reports (pages that name their year) */
  annualReports: '/xxgk/annual-reports',
} as const
