import type { CategoryGuess } from '../types'

const NOTICE = /通知|公告|公示|通告|启事|须知|名单/u
const MEDIA_OUTLET = /网|报|社|台|新闻|频道|客户端|融媒|传媒/u
const LOCAL_PLACE = /[镇乡]|街道|村|社区/u

/**
 * A suggestion for the column (栏目), with the reason shown to the editor: notices by their
 * title, outside media by their source, townships and villages by the places the title names,
 * and the bureau's own work otherwise.
 */
export const guessCategory = ({ title, source }: { title: string; source?: string }): CategoryGuess => {
  const notice = NOTICE.exec(title)
  if (notice) return { category: 'notice', reason: `标题含“${notice[0]}”` }
  if (source && MEDIA_OUTLET.test(source) && !/退役军人事务/u.test(source)) {
    return { category: 'media', reason: `来源“${source}”是媒体` }
  }
  const place = LOCAL_PLACE.exec(title)
  if (place) return { category: 'local', reason: `标题提到“${place[0]}”` }
  return { category: 'work', reason: '未见通知、媒体或乡村特征,按本局工作动态处理' }
}
