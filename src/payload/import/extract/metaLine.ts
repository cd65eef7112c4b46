import { findDateTime } from './dateTime'

/** What a header or footer line of a portal page states about the article. */
export type LineMeta = {
  publishedAt?: string
  source?: string
  /** The account or outlet a WeChat or news-app header names before its date. */
  outlet?: string
  location?: string
  authors?: string[]
  editor?: string
  /** The line held a bare date and nothing else. */
  bareDate?: boolean
}

const LABELS: { pattern: RegExp; read: (value: string) => LineMeta | undefined }[] = [
  { pattern: /^(?:发布|發佈|发表|發表|更新|成文)?(?:时间|時間|日期)$/u, read: (value) => date(value) },
  { pattern: /^(?:信息|文章|稿件|新闻|新聞)?(?:来源|來源|出处|出處|稿源)$/u, read: (value) => ({ source: value }) },
  { pattern: /^(?:发布于|發佈於|发布於)$/u, read: (value) => ({ location: value }) },
  { pattern: /^(?:作者|记者|記者|通讯员|通訊員|文|文字|文图|文圖|图文|圖文|撰稿|供稿|摄影|攝影)$/u, read: (value) => ({ authors: splitNames(value) }) },
  { pattern: /^(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對)$/u, read: (value) => ({ editor: value }) },
  // Read and set aside: counters, font-size switches, picture credits, open-government index fields.
  {
    pattern: /^(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問|浏览次数|瀏覽次數|点击数|點擊數|访问量|訪問量|字号|字號|字体|字體|图片|圖片|图|圖|索引号|索引號|发布机构|發佈機構|主题分类|主題分類|文号|文號)$/u,
    read: () => ({}),
  },
]

/** Labels whose value may follow a space instead of a colon: "记者 黄敏", "来源 某某网". */
const SPACED_LABEL = /^(?:来源|來源|记者|記者|通讯员|通訊員|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|审核|審核|时间|時間|日期|发布时间|發佈時間)$/u

const date = (value: string): LineMeta | undefined => {
  const publishedAt = findDateTime(value)
  return publishedAt ? { publishedAt } : undefined
}

const splitNames = (value: string) => value.split(/[\s、,,]+/u).filter(Boolean)

const DATE = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}[::]\\d{1,2}(?:[::]\\d{1,2})?)?'
const BARE_DATE = new RegExp(`^${DATE}$`, 'u')

/** A counter without a colon: "阅读 1234", "浏览次数 56次". */
const COUNTER = /^(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:次数|次數|量|数|數)?\s*\d+\s*次?$/u

/**
 * The header of a WeChat copy or a news-app page: "原创 某某发布 某某发布 2024-07-31 18:06 湖北",
 * "某某融媒 2024-05-20 18:20:31", "某某发布 2024-08-25 16:00 发布于湖南".
 */
const APP_HEADER = new RegExp(
  `^(?:原创\\s+)?(?:([\\p{Script=Han}A-Za-z]{2,20})\\s+)?(?:\\1\\s+)?(${DATE})(?:\\s+(?:发布于|發佈於)?[\\p{Script=Han}]{2,4})?$`,
  'u',
)

const readSegment = (segment: string): LineMeta | undefined => {
  if (COUNTER.test(segment)) return {}
  if (BARE_DATE.test(segment)) return { ...date(segment), bareDate: true }
  const labelled = /^[[【((]?\s*([^::\s]{1,6})\s*[::]\s*(.+?)\s*[\]】))]?$/u.exec(segment) ?? /^([^::\s]{2,6})\s+(.+)$/u.exec(segment)
  if (!labelled) return undefined
  const label = labelled[1].trim()
  if (!segment.includes(':') && !segment.includes(':') && !SPACED_LABEL.test(label)) return undefined
  const rule = LABELS.find(({ pattern }) => pattern.test(label))
  return rule?.read(labelled[2].trim())
}

/** Labels that start a field inside a line; longer labels first, so 责任编辑 is not read as 编辑. */
const LABEL_WORDS =
  '责任编辑|責任編輯|发布时间|發佈時間|发表时间|發表時間|更新时间|更新時間|发布日期|發佈日期|成文日期|发布于|發佈於|发布机构|發佈機構|浏览次数|瀏覽次數|信息来源|文章来源|稿件来源|新闻来源|来源|來源|出处|出處|稿源|作者|记者|記者|通讯员|通訊員|摄影|攝影|文字|文图|图文|编辑|編輯|责编|責編|审核|審核|校对|校對|时间|時間|日期|浏览|瀏覽|点击数|點擊數|点击|點擊|阅读|閱讀|访问量|字号|字號|字体|字體|索引号|索引號|主题分类|文号'
const FIELD_START = new RegExp(
  `(?:${LABEL_WORDS})\\s*[::]|(?<=\\s)(?:来源|來源|记者|記者|通讯员|通訊員|编辑|編輯|责任编辑|責任編輯|审核|審核|时间|時間)\\s+(?=[\\p{Script=Han}\\d])|(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:次数|次數|量|数|數)?\\s*\\d|(?<!\\d)\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}(?!\\d)`,
  'gu',
)

/**
 * A line of several labelled fields with single spaces or none between them —
 * "来源:某某网 作者:张三 责任编辑:李四 2021-03-05 10:20" — cut before every label and date.
 */
export const splitFields = (segment: string): string[] => {
  const cuts = [...segment.matchAll(FIELD_START)]
    // A field's opening bracket goes with it: "[来源:某网] [编辑:某某]".
    .map((match) => match.index - (/[\s[【((]*$/u.exec(segment.slice(0, match.index))?.[0].length ?? 0))
    .filter((index) => index > 0)
    // A date inside a labelled date field stays with its label.
    .filter((index) => !/(?:时间|時間|日期)\s*[::]?\s*$/u.test(segment.slice(0, index)))
  return [0, ...cuts].map((start, position) => segment.slice(start, cuts[position] ?? segment.length).trim()).filter(Boolean)
}

/** WeChat writes "来源 | 某某" for "来源:某某". */
const PIPE_LABEL = /^((?:信息)?(?:来源|來源|编辑|編輯|责编|責編|作者|审核|審核|文字|文图|图文|摄影|攝影|图片|圖片|排版|校对|校對))\s*[|丨]\s*/u

const merge = (parts: LineMeta[]): LineMeta => {
  const meta: LineMeta = {}
  for (const part of parts) {
    meta.publishedAt ??= part.publishedAt
    meta.source ??= part.source
    meta.outlet ??= part.outlet
    meta.location ??= part.location
    meta.editor ??= part.editor
    if (part.authors) meta.authors = [...(meta.authors ?? []), ...part.authors]
  }
  const bare = parts.every((part) => part.bareDate || Object.keys(part).length === 0) && parts.some((part) => part.bareDate)
  return bare ? { ...meta, bareDate: true } : meta
}

/**
 * Reads a line made only of metadata — "时间:2021-01-01 11:03:14 | 来源:某某网", "[编辑:某某]",
 * "2024-07-09 01:22:15", "发布于:湖南省", "来源:某网 作者:张三 责任编辑:李四 2021-3-5 10:20",
 * a WeChat or app header. Returns undefined for any line that also holds prose.
 */
export const readMetaLine = (rawLine: string): LineMeta | undefined => {
  const line = rawLine.trim().replace(PIPE_LABEL, '$1:')
  const header = APP_HEADER.exec(line)
  if (header?.[1]) return { ...date(header[2]), outlet: header[1] }
  const segments = line
    .split(/\s*[|丨]\s*|\s{2,}/u)
    .flatMap(splitFields)
    .filter(Boolean)
  if (segments.length === 0) return undefined
  const parts = segments.map(readSegment)
  if (parts.some((part) => part === undefined)) return undefined
  return merge(parts as LineMeta[])
}
