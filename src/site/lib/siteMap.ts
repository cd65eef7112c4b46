import { ABOUT_PATH } from '../../payload/constants/bureau'
import { MEDIA_ACCOUNTS_PATH } from '../../payload/constants/mediaAccounts'
import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS } from '../../payload/constants/news'
import { PAGE_SECTION_LABELS, type PageSection } from '../../payload/constants/pages'
import { publicPath, type PublicCollection } from '../../shared'
import { findPublic } from './content/publicRead'
import { guideChecklistPath } from './guideText'
import { sectionNamed, sectionOf, SITE_SECTIONS } from './siteSections'
import { DISCLOSURE_PATHS, ENQUIRY_PATHS, SERVICE_PATHS } from './sitePaths'

/**
 * `xml: false`: service pages (forms), listed for people on /sitemap but not in sitemap.xml, which
 * lists reading pages. `top`: the menu section it belongs to when its address does not say (a
 * general page's 所属栏目).
 */
export type SiteMapSection = { title: string; href: string; pages: { title: string; href: string; lastmod?: string | null }[]; xml?: false; top?: string }

/** A top-level section of the menu (新闻动态, 政务公开 …) with its columns, as /sitemap shows them. */
export type SiteMapGroup = { title: string; href: string; sections: SiteMapSection[] }

const STATIC_PAGES = [
  { title: '站内搜索', href: '/search' },
  { title: '网站地图', href: '/sitemap' },
  { title: '无障碍声明', href: '/accessibility' },
  { title: '联系我们', href: '/contact' },
  { title: '政务新媒体', href: MEDIA_ACCOUNTS_PATH },
]

/** Every public page, grouped as readers look for them: the source of /sitemap and /sitemap.xml. */
export const getSiteMap = async (): Promise<SiteMapSection[]> => {
  const all = <T>(collection: PublicCollection, select: T) =>
    findPublic({ collection, pagination: false, depth: 0, select: select as never, sort: '-updatedAt' })
  const [news, policies, interpretations, guides, consultations, stations, veterans, commendations, generalPages] = await Promise.all([
    all('news', { title: true, slug: true, category: true, updatedAt: true }),
    all('policies', { title: true, slug: true, updatedAt: true }),
    all('interpretations', { title: true, slug: true, updatedAt: true }),
    all('serviceGuides', { title: true, slug: true, updatedAt: true }),
    all('consultations', { title: true, slug: true, updatedAt: true }),
    all('stations', { name: true, slug: true, updatedAt: true }),
    all('veterans', { name: true, slug: true, updatedAt: true }),
    all('commendations', { title: true, slug: true, updatedAt: true }),
    findPublic({ collection: 'pages', pagination: false, depth: 0, select: { title: true, slug: true, section: true, updatedAt: true }, sort: 'order' }),
  ])
  type Doc = { title?: string; name?: string; slug?: string; category?: string; updatedAt?: string }
  const pages = (collection: PublicCollection, docs: unknown[]) =>
    (docs as Doc[]).map((doc) => ({ title: doc.title ?? doc.name ?? '', href: publicPath(collection, doc) ?? '', lastmod: doc.updatedAt }))
  return [
    { title: '首页', href: '/', pages: [] },
    { title: '机构概况', href: ABOUT_PATH, pages: [] },
    ...NEWS_CATEGORIES.map((category) => ({
      title: NEWS_CATEGORY_LABELS[category],
      href: `/news/${category}`,
      pages: pages('news', news.docs.filter((doc) => (doc as Doc).category === category)),
    })),
    { title: '政策法规', href: '/policies', pages: pages('policies', policies.docs) },
    { title: '政策解读', href: '/interpretations', pages: pages('interpretations', interpretations.docs) },
    {
      title: '政府信息公开',
      href: DISCLOSURE_PATHS.index,
      pages: [
        { title: '政府信息公开目录', href: DISCLOSURE_PATHS.catalog },
        { title: '法定主动公开内容', href: DISCLOSURE_PATHS.statutory },
        { title: '政府信息公开申请', href: DISCLOSURE_PATHS.apply },
        { title: '依申请公开办理进度查询', href: DISCLOSURE_PATHS.applyTrack },
        { title: '政府信息公开工作年度报告', href: DISCLOSURE_PATHS.annualReports },
      ],
    },
    {
      title: '办事服务',
      href: SERVICE_PATHS.index,
      // Each guide, then its printable 一次告知单.
      pages: pages('serviceGuides', guides.docs).flatMap((page, index) => [
        page,
        { title: `${page.title}(一次告知单)`, href: guideChecklistPath((guides.docs[index] as Doc).slug ?? ''), lastmod: page.lastmod },
      ]),
    },
    { title: '下载中心', href: SERVICE_PATHS.downloads, pages: [] },
    { title: '意见征集', href: '/consultations', pages: pages('consultations', consultations.docs) },
    { title: '服务站点', href: '/stations', pages: pages('stations', stations.docs) },
    { title: '先进典型', href: '/veterans', pages: pages('veterans', veterans.docs) },
    { title: '表扬通报', href: '/commendations', pages: pages('commendations', commendations.docs) },
    // A general page stands as a column of its own under its 所属栏目.
    ...generalPages.docs.map((doc) => ({
      title: doc.title,
      href: publicPath('pages', doc) ?? '',
      pages: [],
      top: PAGE_SECTION_LABELS[doc.section as PageSection],
    })),
    {
      title: '留言咨询',
      href: ENQUIRY_PATHS.form,
      xml: false,
      pages: [
        { title: '查询办理进度', href: ENQUIRY_PATHS.track },
        { title: '留言选登', href: ENQUIRY_PATHS.answers },
        { title: '办理情况统计', href: ENQUIRY_PATHS.statistics },
        { title: '个人信息保护说明', href: ENQUIRY_PATHS.privacy },
      ],
    },
    { title: '其他', href: '/sitemap', pages: STATIC_PAGES },
  ]
}

const topOf = (section: SiteMapSection) => (section.top ? sectionNamed(section.top) : sectionOf(section.href))

/**
 * The sections under the menu's top-level entries, in the menu's order: a section belongs to the
 * entry named by its `top`, else to the one whose paths hold its address (siteSections.ts); the
 * rest (首页, 其他) stand on their own.
 */
export const groupSiteMap = (sections: SiteMapSection[]): SiteMapGroup[] => {
  const groups = SITE_SECTIONS.map((top) => ({ title: top.label, href: top.href, sections: sections.filter((section) => topOf(section) === top) }))
  const alone = (section: SiteMapSection): SiteMapGroup => ({ title: section.title, href: section.href, sections: [section] })
  const ungrouped = sections.filter((section) => !topOf(section))
  return [alone(ungrouped[0]), ...groups.filter((group) => group.sections.length > 0), ...ungrouped.slice(1).map(alone)]
}
