const LEADING_TIME = /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|清晨|晚)?|近日|日前|近期|当天|當天|今年以来|今年來|近年来|近年來|近期以来)[,,\s]*/u
/** An opening adverbial that is no headline: "在八一建军节到来之际,", "为深入宣传……法,". */
const LEADING_CLAUSE = /^(?:(?:在|值此)?[^,,。]{2,16}(?:之际|之際|前夕|期间|期間|以来|以來)|为[^,,。]{4,30})[,,]\s*/u

/**
 * A news dateline: the outlet, place and date before 讯/电, with the credits in parentheses —
 * "某某新闻网4月4日讯(通讯员 张三)", "新华社北京4月4日电(记者 李四)", "本报讯 (记者 王五)".
 */
const DATELINE =
  /^[^,,。!?;;]{0,30}?(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電)(?:\s*[((][^))]{0,60}[))])?[\s::]*/u

/**
 * A title taken from the first sentence is cut at a clause boundary when longer than this.
 * County portal headlines run 12 to 35 characters; the longest real one among the seed
 * articles has 44 (a meeting's full name, which must not be cut). A dateline-laden first
 * sentence, the case this limit is for, runs past 100.
 */
export const BODY_TITLE_MAX_LENGTH = 50
const MIN_CLAUSE = 10

export const stripDateline = (text: string): string =>
  text.replace(DATELINE, '').replace(LEADING_TIME, '').replace(LEADING_CLAUSE, '').replace(LEADING_TIME, '').trim()

/**
 * A file without a title line gets its first sentence, without the dateline or a leading
 * "4月23日," or "近日,", cut at the last comma (or, failing one, enumeration mark) that keeps it within
 * maxLength (or, with none, cut hard and ended with …).
 */
export const firstSentenceTitle = (text: string, maxLength = BODY_TITLE_MAX_LENGTH): { title: string; shortened: boolean } => {
  const sentence = stripDateline(stripDateline(text).split(/[。!?!?]/u)[0])
  if (sentence.length <= maxLength) return { title: sentence, shortened: false }
  const head = sentence.slice(0, maxLength + 1)
  const firstAfter = (marks: RegExp) => {
    for (const match of head.matchAll(marks)) if (match.index >= MIN_CLAUSE) return match.index
    return -1
  }
  // The first clause says what happened; later clauses add detail.
  // Not at 、: it joins the items of a list ("县、镇级"), and a cut there leaves half a name.
  const boundary = firstAfter(/[,,;;::]/gu)
  const title = boundary !== -1 ? sentence.slice(0, boundary) : `${sentence.slice(0, maxLength - 1)}…`
  return { title, shortened: true }
}

export const titleFromFirstSentence = (text: string, maxLength = BODY_TITLE_MAX_LENGTH): string => firstSentenceTitle(text, maxLength).title
