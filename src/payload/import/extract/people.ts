const HAN_NAME = '\\p{Script=Han}{2,4}'
const ROLE = '(?:见习记者|實習記者|实习记者|記者|记者|通讯员|通訊員|实习生|實習生|摄影|攝影)'

/**
 * Reporters named in a lead's parentheses: (记者 陈宗昊 通讯员 文敏 吴维) gives
 * ['陈宗昊', '文敏', '吴维']. The parentheses stay in the text; this only reads them.
 */
export const reportersInLead = (text: string): string[] => {
  const group = new RegExp(`[((]\\s*(${ROLE}[\\s::]*(?:${HAN_NAME}[\\s、,,]*)+(?:${ROLE}[\\s::]*(?:${HAN_NAME}[\\s、,,]*)+)*)[))]`, 'u').exec(text)
  if (!group) return []
  return group[1]
    .split(new RegExp(`${ROLE}|[\\s::、,,]+`, 'u'))
    .filter((part) => new RegExp(`^${HAN_NAME}$`, 'u').test(part))
}

/** A name alone in parentheses closing the last paragraph — "……迎接建党100周年。(王春雨)" — is its author. */
export const closingAuthor = (text: string): string | undefined =>
  new RegExp(`[。!?”][((](${HAN_NAME})[))]$`, 'u').exec(text)?.[1]

/**
 * A byline under the title: the writer's post, a space, the writer's name —
 * "中共某某县委常委、组织部长 某某某". Returns the name, or undefined for any other line.
 */
export const bylineName = (line: string): string | undefined => {
  const match = new RegExp(`^([\\p{Script=Han}、]{2,30})\\s+(${HAN_NAME})$`, 'u').exec(line)
  return match && /(?:长|長|书记|書記|主任|委员|委員|记者|記者|局|部|办|辦|员|員)$/u.test(match[1]) ? match[2] : undefined
}
