/**
 * 依申请公开, the second kind of case: requests for government information under the
 * 《政府信息公开条例》(2019). What is particular to them: who applies, what they may be answered
 * (第三十六条), and the clocks (第三十条–第三十三条). The clock arithmetic is domain/foiClock.ts, the
 * answer's rules domain/foiAnswer.ts, the annual report's table domain/foiStatistics.ts. Pure data.
 */

/** 申请人: a citizen, or an organisation of one of the annual report's five sorts. */
export const FOI_APPLICANT_TYPES = {
  citizen: '自然人',
  business: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  otherOrganisation: '其他组织',
} as const
export type FoiApplicantType = keyof typeof FOI_APPLICANT_TYPES
export const isOrganisation = (type: FoiApplicantType): boolean => type !== 'citizen'

/** 证件类型: a citizen's identity document, or an organisation's code. */
export const FOI_ID_TYPES = {
  idCard: '居民身份证',
  passport: '护照',
  mainlandPermit: '港澳台居民来往内地(大陆)通行证',
  foreignerCard: '外国人永久居留身份证',
  creditCode: '统一社会信用代码',
  other: '其他证件',
} as const
export type FoiIdType = keyof typeof FOI_ID_TYPES

/** 获取信息的方式 */
export const FOI_DELIVERY_FORMS = {
  paper: '纸质',
  email: '电子邮件',
  disc: '光盘',
  pickup: '自行领取',
} as const
export type FoiDeliveryForm = keyof typeof FOI_DELIVERY_FORMS

/**
 * 答复类型 (条例第三十六条) and, where the law names them, the reasons each needs: the rows of the
 * annual report's table 三 (国务院办公厅政府信息与政务公开办公室 template).
 */
export const FOI_ANSWER_TYPES = {
  disclose: { label: '予以公开', reasons: null },
  partial: { label: '部分公开', reasons: null },
  withhold: {
    label: '不予公开',
    reasons: {
      stateSecret: '属于国家秘密',
      prohibitedByLaw: '其他法律行政法规禁止公开',
      securityStability: '危及“三安全一稳定”',
      thirdParty: '保护第三方合法权益',
      internalAffairs: '属于三类内部事务信息',
      processInformation: '属于四类过程性信息',
      enforcementFile: '属于行政执法案卷',
      other: '其他',
    },
  },
  unable: {
    label: '无法提供',
    reasons: {
      notHeld: '本机关不掌握相关政府信息',
      needsCreating: '没有现成信息需要另行制作',
      stillUnclear: '补正后申请内容仍不明确',
    },
  },
  notHandled: {
    label: '不予处理',
    reasons: {
      petition: '信访举报投诉类申请',
      repeated: '重复申请',
      publication: '要求提供公开出版物',
      excessive: '无正当理由大量反复申请',
      confirmation: '要求行政机关确认或重新出具已获取信息',
    },
  },
  other: {
    label: '其他处理',
    reasons: {
      noClarification: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      unpaidFee: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      other: '其他',
    },
  },
} as const
export type FoiAnswerType = keyof typeof FOI_ANSWER_TYPES

/** The statutory clocks, in working days (条例第三十条, 第三十三条). */
export const FOI_CLOCKS = {
  /** From receipt (or receipt of the clarified request) to the answer. */
  answerWithin: 20,
  /** The one extension, at most, with a reason told to the applicant. */
  maxExtension: 20,
  /** 补正 is asked for once, within this many working days of receipt. */
  clarifyWithin: 7,
  /** Flagged and reminded this close to the deadline. */
  dueSoonWithin: 3,
} as const

/** 救济途径, stated on every 告知书. */
export const FOI_REMEDIES = {
  reviewDays: 60,
  litigationMonths: 6,
} as const
