/**
 * The outlet a lead names before its dateline: "红网时刻新闻6月21日讯(…)" → 红网时刻新闻.
 * Only outlets count (…网, …报, …社, …台, …新闻), so an ordinary sentence never yields a source.
 */
const LEAD = /^([\p{Script=Han}A-Za-z]{2,20}(?:网|網|报|報|社|台|新闻|新聞|频道|頻道|客户端|客戶端|融媒|传媒|傳媒))(?:[\p{Script=Han}]{0,4}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電)/u

export const sourceInLead = (text: string): string | undefined => LEAD.exec(text)?.[1]
