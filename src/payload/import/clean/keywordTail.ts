/**
 * Portals append the page's keywords to a title: 推进会,建设,服务,街道. A tail of at least
 * two short comma-separated words is cut; a title with one real comma clause keeps it.
 */
const KEYWORD_TAIL = /(?:[,,][^,,。!?\s]{1,6}){2,}$/u

export const stripKeywordTail = (line: string): string => line.replace(KEYWORD_TAIL, '').trim()
