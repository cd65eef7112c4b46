import type { ParagraphKind } from '../types'

const SENTENCE_END = /[。!?!?;;…:”"」』)]$/u
const PICTURE_NOTE = /^(?:[((]\s*(?:相关|相關|资料|資料|新闻|新聞)*图片?\s*[))]|图为|圖為|[((]?(?:摄影|攝影|图|圖)[::/])/u

/** A sentence that opens with its date ("8月25日,……") reports news; a caption does not. */
const DATED = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/u

/** A short line that names a picture: "(相关资料图)", "图为……", or a short sentence above the lead. */
export const isCaption = (line: string, beforeLead: boolean): boolean =>
  PICTURE_NOTE.test(line) || (beforeLead && line.length <= 40 && /[。.]$/u.test(line) && !DATED.test(line))

/** A short line without closing punctuation inside the body is a section heading. */
export const isHeading = (line: string): boolean => line.length <= 30 && !SENTENCE_END.test(line) && !/[,,]/u.test(line)

export const paragraphKind = (line: string, beforeLead: boolean): ParagraphKind =>
  isCaption(line, beforeLead) ? 'caption' : isHeading(line) ? 'heading' : 'text'
