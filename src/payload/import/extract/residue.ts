import type { Paragraph } from '../types'

/** How many paragraphs at each end of a body are looked at. */
const EDGE = 3
const MAX_LENGTH = 30
const SENTENCE_PUNCTUATION = /[。!?!?;;]/u
/** Words of a page's interface, not of an article. */
const UI_WORDS =
  /点击|點擊|登录|登錄|注册|註冊|分享|扫码|掃碼|扫一扫|二维码|二維碼|朋友圈|收藏|打印|关闭|關閉|字号|字號|浏览|瀏覽|阅读|閱讀|评论|評論|点赞|點讚|在看|下载|下載|附件|邮箱|郵箱|上一|下一|更多|返回|首页|首頁|客户端|客戶端|APP|公众号|公眾號|订阅|訂閱|投稿|链接|鏈接|转发|轉發|举报|舉報/iu
const WIDGET_MARKS = /[|丨»›【】[\]]|https?:|www\.|@/iu

export type Residue = { where: 'start' | 'end'; line: string }

/** A short line that is no sentence and is made of interface words, counters or widget marks. */
export const looksLikeResidue = (line: string): boolean =>
  line.length <= MAX_LENGTH && !SENTENCE_PUNCTUATION.test(line) && (UI_WORDS.test(line) || WIDGET_MARKS.test(line))

/**
 * Lines at the start or end of a body that look like what the cleaning rules missed. They are
 * kept, and the import report quotes them for the reviewer: neither kept nor dropped silently.
 */
export const findResidue = (paragraphs: readonly Paragraph[]): Residue[] => {
  const found: Residue[] = []
  paragraphs.forEach(({ text }, index) => {
    const where = index < EDGE ? 'start' : index >= paragraphs.length - EDGE ? 'end' : undefined
    if (where && looksLikeResidue(text)) found.push({ where, line: text })
  })
  return found
}
