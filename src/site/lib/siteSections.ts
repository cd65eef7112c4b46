/**
 * The site's top-level sections, as the main menu presents them (首页 / 机构概况 / 新闻动态 /
 * 政务公开 / 办事服务 / 互动交流 / 服务站点 / 先进典型): the menu marks the section of the page
 * shown, breadcrumbs start with it and the 网站地图 groups its pages by it. The menu's own links
 * are content (导航菜单, reviewed); a section is found by path, so a menu entry pointing anywhere
 * inside a section lights up for every page of it.
 *
 * `prefixes` lists the paths that belong to the section; a section lists only pages this site
 * has (机构概况 at /about and 办事服务 at /services come with their own pages).
 */
export type SiteSection = { label: string; href: string; prefixes: readonly string[] }

export const SITE_SECTIONS: readonly SiteSection[] = [
  { label: '机构概况', href: '/about', prefixes: ['/about'] },
  { label: '新闻动态', href: '/news/work', prefixes: ['/news'] },
  { label: '政务公开', href: '/policies', prefixes: ['/policies', '/interpretations', '/xxgk'] },
  { label: '办事服务', href: '/services', prefixes: ['/services', '/downloads'] },
  { label: '互动交流', href: '/enquiry', prefixes: ['/enquiry', '/consultations'] },
  { label: '服务站点', href: '/stations', prefixes: ['/stations'] },
  { label: '先进典型', href: '/veterans', prefixes: ['/veterans', '/commendations'] },
]

/**
 * The section a general page (/pages/<slug>) belongs to: named by its 所属栏目, not by its path.
 * Every 所属栏目 names a menu section (tests/unit/generalPages.unit.test.ts checks it).
 */
export const sectionNamed = (label: string): SiteSection | undefined => SITE_SECTIONS.find((section) => section.label === label)

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/** The section a path of this site belongs to, or undefined (home, search, the fixed pages). */
export const sectionOf = (path: string): SiteSection | undefined =>
  SITE_SECTIONS.find((section) => section.prefixes.some((prefix) => within(path, prefix)))

/**
 * Whether a menu link points at the page shown: the same section, or (for links outside the
 * sections) the same path or a page under it. 首页 is current on the home page only.
 */
export const isCurrentLink = (href: string, path: string): boolean => {
  if (href === '/') return path === '/'
  const linkSection = sectionOf(href)
  return linkSection ? linkSection === sectionOf(path) : within(path, href)
}

/**
 * The breadcrumb trail of a page: its section first (unless the trail already starts with it),
 * then the page's own items. The section is a link unless it is the page shown.
 */
export const breadcrumbTrail = (path: string, items: readonly { label: string; href?: string }[]): { label: string; href?: string }[] => {
  const section = sectionOf(path)
  if (!section || items[0]?.label === section.label) return [...items]
  return [{ label: section.label, href: section.href === path ? undefined : section.href }, ...items]
}
