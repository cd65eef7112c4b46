/**
 * A 依申请公开 answer (条例第三十六条): what each type must state, checked on the server field by
 * field in Chinese, and the 告知书 sent with it (its text; the page prints it).
 */
import { FOI_ANSWER_TYPES, FOI_REMEDIES, type FoiAnswerType } from '../kinds/foiRequest'

export type FoiAnswer = {
  type?: FoiAnswerType | string | null
  /** The reason from the type's list (不予公开, 无法提供, 不予处理, 其他处理). */
  reason?: string | null
  /** 予以公开 / 部分公开: what is provided, and how. */
  provided?: string | null
  /** 部分公开: the part withheld. */
  withheldPart?: string | null
  /** 部分公开 / 不予公开 (and any 其他 reason): the legal reason, with its article. */
  legalBasis?: string | null
  /** 其他处理, or a reason of 其他: what was done and why. */
  explanation?: string | null
}

const filled = (value?: string | null) => Boolean(value?.trim())

/** Field → message for each thing missing or wrong; empty when the answer may be given. */
export const foiAnswerProblems = (answer: FoiAnswer): Record<string, string> => {
  const problems: Record<string, string> = {}
  const type = answer.type as FoiAnswerType
  if (!type || !(type in FOI_ANSWER_TYPES)) return { type: '请选择答复类型' }
  const reasons = FOI_ANSWER_TYPES[type].reasons as Record<string, string> | null
  if (reasons && !(answer.reason && answer.reason in reasons)) problems.reason = `请选择${FOI_ANSWER_TYPES[type].label}的理由`
  if ((type === 'disclose' || type === 'partial') && !filled(answer.provided)) problems.provided = '请写明公开的信息及获取方式'
  if (type === 'partial' && !filled(answer.withheldPart)) problems.withheldPart = '请写明不予公开的部分'
  if ((type === 'partial' || type === 'withhold') && !filled(answer.legalBasis)) problems.legalBasis = '请写明不予公开的理由和法律依据'
  if ((type === 'other' || answer.reason === 'other') && !filled(answer.explanation)) problems.explanation = '请写明具体情况'
  return problems
}

export type FoiNotice = { title: string; paragraphs: string[] }

/** The 告知书's title and text for an answer that passed foiAnswerProblems. */
export const foiNotice = (
  answer: FoiAnswer,
  request: { applicant: string; receivedOn: string; subject: string; trackingCode: string },
  issuedOn: string,
  organ: string,
): FoiNotice => {
  const type = answer.type as FoiAnswerType
  const reasons = FOI_ANSWER_TYPES[type].reasons as Record<string, string> | null
  const reason = reasons && answer.reason ? reasons[answer.reason] : null
  const decision: Record<FoiAnswerType, string[]> = {
    disclose: ['经审查,您申请获取的政府信息属于公开范围,本机关决定予以公开。', `${answer.provided ?? ''}`],
    partial: [
      '经审查,您申请获取的政府信息中部分内容可以公开,本机关决定部分公开。',
      `予以公开的内容及获取方式:${answer.provided ?? ''}`,
      `不予公开的内容:${answer.withheldPart ?? ''}。理由及依据:${answer.legalBasis ?? ''}`,
    ],
    withhold: [`经审查,您申请获取的政府信息${reason ?? ''},本机关决定不予公开。`, `理由及依据:${answer.legalBasis ?? ''}`],
    unable: [`经查,${reason ?? ''},本机关无法提供。`],
    notHandled: [`经审查,您的申请属于${reason ?? ''}的情形,本机关不予处理。`],
    other: [`${reason && answer.reason !== 'other' ? `${reason}。` : ''}${answer.explanation ?? ''}`],
  }
  // What the handler added (for 无法提供, where the information may be found instead): stated under the decision.
  const extra = type !== 'other' && filled(answer.explanation) ? [`具体情况:${answer.explanation}`] : []
  return {
    title: `政府信息公开申请答复告知书(${FOI_ANSWER_TYPES[type].label})`,
    paragraphs: [
      `${request.applicant}:`,
      `本机关于 ${request.receivedOn} 收到您提出的政府信息公开申请(查询码 ${request.trackingCode}),申请获取“${request.subject}”。`,
      ...decision[type].filter(Boolean),
      ...extra,
      `如对本答复不服,可以自收到本告知书之日起 ${FOI_REMEDIES.reviewDays} 日内依法申请行政复议,或者自收到之日起 ${FOI_REMEDIES.litigationMonths} 个月内依法向人民法院提起行政诉讼。`,
      `${organ}`,
      `${issuedOn}`,
    ],
  }
}
