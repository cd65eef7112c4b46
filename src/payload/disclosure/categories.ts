/**
 * 政府信息公开目录's categories (《政府信息公开条例》第二十条, as a county department's site files
 * them): named once for the admin's select, the 目录's filter, the 法定主动公开内容 page and the
 * annual report. `statutory`: the law requires the organ to publish this sort of information;
 * an empty statutory category shows as empty, and the self-check counts it.
 */
export const DISCLOSURE_CATEGORIES = {
  organisation: { label: '机构信息', statutory: true },
  regulations: { label: '法规文件和规范性文件', statutory: true },
  plans: { label: '规划计划', statutory: true },
  finance: { label: '财政信息(预决算、三公经费)', statutory: true },
  personnel: { label: '人事信息', statutory: true },
  proposals: { label: '建议提案办理', statutory: true },
  statistics: { label: '统计信息', statutory: true },
  enforcement: { label: '行政执法', statutory: true },
  other: { label: '其他', statutory: false },
} as const

export type DisclosureCategory = keyof typeof DISCLOSURE_CATEGORIES

export const DISCLOSURE_CATEGORY_LABELS = Object.fromEntries(
  Object.entries(DISCLOSURE_CATEGORIES).map(([key, { label }]) => [key, label]),
) as Record<DisclosureCategory, string>

export const isDisclosureCategory = (value: unknown): value is DisclosureCategory => typeof value === 'string' && Object.hasOwn(DISCLOSURE_CATEGORIES, value)
