const LEADING_TIME = /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|近日|日前|近期|当天|當天)[,,\s]*/u

/** A file without a title line gets its first sentence, without a leading "4月23日," or "近日,". */
export const titleFromFirstSentence = (text: string, maxLength: number): string => {
  const sentence = text.split(/[。!?!?]/u)[0].replace(LEADING_TIME, '').trim()
  return sentence.length <= maxLength ? sentence : `${sentence.slice(0, maxLength - 1)}…`
}
