import { findDateTime } from './dateTime'

/** What a header or footer line of a portal page states about the article. */
export type LineMeta = { publishedAt?: string; source?: string; location?: string; authors?: string[]; editor?: string }

const LABELS: { pattern: RegExp; read: (value: string) => LineMeta | undefined }[] = [
  { pattern: /^(?:发布|發佈|发表|發表|更新)?(?:时间|時間|日期)$/u, read: (value) => date(value) },
  { pattern: /^(?:来源|來源|出处|出處|稿源)$/u, read: (value) => ({ source: value }) },
  { pattern: /^(?:发布于|發佈於|发布於)$/u, read: (value) => ({ location: value }) },
  { pattern: /^(?:作者|记者|記者|通讯员|通訊員|文|撰稿|供稿|摄影|攝影)$/u, read: (value) => ({ authors: splitNames(value) }) },
  { pattern: /^(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對)$/u, read: (value) => ({ editor: value }) },
  { pattern: /^(?:浏览|瀏覽|点击|點擊|阅读|閱讀|浏览次数|瀏覽次數|点击数|點擊數|字号|字號|字体|字體)$/u, read: () => ({}) },
]

const date = (value: string): LineMeta | undefined => {
  const publishedAt = findDateTime(value)
  return publishedAt ? { publishedAt } : undefined
}

const splitNames = (value: string) => value.split(/[\s、,,]+/u).filter(Boolean)

/** A counter without a colon: "阅读 1234", "浏览次数 56次". */
const COUNTER = /^(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:次数|次數|量|数|數)?\s*\d+\s*次?$/u

const readSegment = (segment: string): LineMeta | undefined => {
  if (COUNTER.test(segment)) return {}
  if (/^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[::]\d{1,2}(?:[::]\d{1,2})?)?$/u.test(segment)) {
    return date(segment)
  }
  const labelled = /^[[【((]?\s*([^::]{1,6})\s*[::]\s*(.+?)\s*[\]】))]?$/u.exec(segment)
  if (!labelled) return undefined
  const rule = LABELS.find(({ pattern }) => pattern.test(labelled[1].trim()))
  return rule?.read(labelled[2].trim())
}

/** Labels that start a field inside a line; longer labels first, so 责任编辑 is not read as 编辑. */
const FIELD_START =
  /(?:责任编辑|責任編輯|发布时间|發佈時間|发表时间|發表時間|更新时间|更新時間|发布日期|發佈日期|发布于|發佈於|浏览次数|瀏覽次數|来源|來源|出处|出處|稿源|作者|记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯|责编|責編|审核|審核|校对|校對|时间|時間|日期|浏览|瀏覽|点击|點擊|阅读|閱讀)\s*[::]|(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:次数|次數|量|数|數)?\s*\d|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/gu

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
    .filter((index) => !/(?:时间|時間|日期)\s*[::]\s*$/u.test(segment.slice(0, index)))
  return [0, ...cuts].map((start, position) => segment.slice(start, cuts[position] ?? segment.length).trim()).filter(Boolean)
}

/**
 * Reads a line made only of metadata — "时间:2021-01-01 11:03:14 | 来源:某某网", "[编辑:某某]",
 * "2024-07-09 01:22:15", "发布于:湖南省". Returns undefined for any line that also holds prose.
 */
export const readMetaLine = (line: string): LineMeta | undefined => {
  const segments = line
    .split(/\s*[|丨]\s*|\s{2,}/u)
    .flatMap(splitFields)
    .filter(Boolean)
  if (segments.length === 0) return undefined
  const parts = segments.map(readSegment)
  if (parts.some((part) => part === undefined)) return undefined
  return Object.assign({}, ...parts) as LineMeta
}
