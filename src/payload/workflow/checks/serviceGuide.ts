import { GUIDE_ELEMENTS, MATERIAL_PARTS } from '../../constants/serviceGuides'
import { plainText, type RichText } from './lexical'

type Doc = Record<string, unknown>
type Row = Record<string, unknown>

const blank = (value: unknown) => value == null || (typeof value === 'string' && !value.trim())
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value.filter((row) => row && typeof row === 'object') as Row[]) : [])
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value.filter((item) => !blank(item)) : [])
const group = (value: unknown): Row => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {})
const days = (limit: unknown): number | null => {
  const value = group(limit).days
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

const text = (name: string) => (doc: Doc) => !blank(doc[name])
const entries = (name: string) => (doc: Doc) => list(doc[name]).length > 0
const limit = (name: string) => (doc: Doc) => days(doc[name]) !== null

/** The elements a published guide must state, in the order of the form, and how each counts as filled in. */
const REQUIRED: Partial<Record<keyof typeof GUIDE_ELEMENTS, (doc: Doc) => boolean>> = {
  title: text('title'),
  serviceType: text('serviceType'),
  lifeEvent: text('lifeEvent'),
  audiences: entries('audiences'),
  basis: entries('basis'),
  conditions: (doc) => plainText(doc.conditions as RichText).trim() !== '',
  materials: (doc) => rows(doc.materials).length > 0,
  steps: (doc) => rows(doc.steps).length > 0,
  statutoryLimit: limit('statutoryLimit'),
  promisedLimit: limit('promisedLimit'),
  fee: (doc) => group(doc.fee).free === true || !blank(group(doc.fee).standard),
  places: entries('places'),
  hours: text('hours'),
  consultPhone: text('consultPhone'),
  complaintPhone: text('complaintPhone'),
}

/** What a missing element's message adds, where the editor has a choice. */
const HOW: Partial<Record<keyof typeof GUIDE_ELEMENTS, string>> = { fee: ':请勾选“不收费”或填写收费标准及依据' }

/** Problems inside a filled-in element: rows of 申请材料 and 办理流程, a promise longer than the law allows. */
const rowProblems = (doc: Doc): string[] => {
  const problems: string[] = []
  rows(doc.materials).forEach((row, index) => {
    const name = blank(row.name) ? '' : `“${String(row.name).trim()}”`
    const parts = (['name', 'form', 'copies'] as const).filter((part) => blank(row[part]))
    if (parts.length) problems.push(`${GUIDE_ELEMENTS.materials}第${index + 1}项${name}缺少${parts.map((part) => MATERIAL_PARTS[part]).join('、')}`)
  })
  rows(doc.steps).forEach((row, index) => {
    if (blank(row.title)) problems.push(`${GUIDE_ELEMENTS.steps}第${index + 1}步缺少步骤名称`)
  })
  const statutory = days(doc.statutoryLimit)
  const promised = days(doc.promisedLimit)
  const sameUnit = (group(doc.statutoryLimit).unit ?? '') === (group(doc.promisedLimit).unit ?? '')
  if (statutory !== null && promised !== null && sameUnit && promised > statutory) {
    problems.push(`${GUIDE_ELEMENTS.promisedLimit}(${promised})长于${GUIDE_ELEMENTS.statutoryLimit}(${statutory})`)
  }
  return problems
}

/**
 * What keeps a 办事指南 from being published, one Chinese sentence per problem: every element the
 * 检查指标 asks for (事项名称 … 监督投诉电话), in the order of the form; each row of 申请材料
 * with its 原件/复印件 and 份数; a 承诺时限 no longer than the 法定时限 it promises to beat.
 * 常见问题 and 网上办理 are optional.
 */
export const serviceGuideProblems = (doc: Doc): string[] => [
  ...Object.entries(REQUIRED)
    .filter(([, filled]) => !filled(doc))
    .map(([element]) => {
      const key = element as keyof typeof GUIDE_ELEMENTS
      return `缺少${GUIDE_ELEMENTS[key]}${HOW[key] ?? ''}`
    }),
  ...rowProblems(doc),
]
