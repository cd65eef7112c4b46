/** Click-bait labels some portals put before every title: 当前简讯:, 全球快讯!, 今日热闻: … */
const PORTAL_PREFIX =
  /^(?:当前|當前|全球|环球|環球|今日|天天|每日|焦点|焦點|热点|熱點|世界|最新|快看|头条|頭條)?(?:简讯|簡訊|快讯|快訊|资讯|資訊|热闻|熱聞|热点|熱點|速看|看点|看點|聚焦|关注|關注|热议|熱議|观察|觀察)[::!!]\s*/u

export const stripTitlePrefix = (title: string): string => title.replace(PORTAL_PREFIX, '').trim()
