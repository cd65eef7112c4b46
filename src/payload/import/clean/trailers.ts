/**
 * Where the article ends and the portal's lists of other articles begin. Everything from the
 * first such heading on is dropped: those lists carry headlines and dates of other articles.
 */
const TRAILER_START =
  /^(?:猜你喜[欢歡]|推[荐薦][阅閱][读讀]|相[关關][阅閱][读讀]|相[关關]新[闻聞]|相[关關]文章|[热熱]门推[荐薦]|[热熱][点點]推[荐薦]|更多[阅閱][读讀]|延伸[阅閱][读讀]|精彩推[荐薦])\s*[::]?$/u

export const isTrailerStart = (line: string): boolean => TRAILER_START.test(line.trim())

export const cutTrailer = (lines: string[]): string[] => {
  const end = lines.findIndex(isTrailerStart)
  return end === -1 ? lines : lines.slice(0, end)
}
