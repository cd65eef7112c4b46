/** 办事指南: the options of its selects and the names of its elements, defined once. */

/** 事项类型, as the government-service item catalogue (政务服务事项目录) classifies items. */
export const SERVICE_TYPE_LABELS = {
  publicService: '公共服务',
  administrativePayment: '行政给付',
  administrativeConfirmation: '行政确认',
  administrativeAward: '行政奖励',
  otherPower: '其他行政权力',
} as const

export type ServiceType = keyof typeof SERVICE_TYPE_LABELS

/** 服务对象: who a service is for; the public site groups guides by it. */
export const AUDIENCE_LABELS = {
  veterans: '退役军人',
  entitled: '优抚对象',
  militaryFamilies: '军属',
  martyrFamilies: '烈属',
} as const

export type Audience = keyof typeof AUDIENCE_LABELS

/** 人生事件/主题: the moment in a person's life a service belongs to; the public site groups guides by it. */
export const LIFE_EVENT_LABELS = {
  discharge: '退役报到',
  resettlement: '移交安置',
  preferentialCare: '优待证与优待',
  pension: '抚恤补助',
  employment: '就业创业',
  hardship: '困难帮扶',
  honours: '烈士褒扬',
  bereavement: '身后事',
} as const

export type LifeEvent = keyof typeof LIFE_EVENT_LABELS

/** 申请材料: whether the original, a copy or both are handed in. */
export const MATERIAL_FORM_LABELS = {
  original: '原件',
  copy: '复印件',
  both: '原件和复印件',
} as const

/** The unit a time limit is counted in unless the editor writes another. */
export const DEFAULT_TIME_UNIT = '个工作日'

/**
 * The elements of a guide by their Chinese names: the field labels of the collection and the
 * names the pre-publish check uses when one is missing (workflow/checks/serviceGuide.ts).
 */
export const GUIDE_ELEMENTS = {
  title: '事项名称',
  serviceType: '事项类型',
  audiences: '服务对象',
  lifeEvent: '人生事件/主题',
  basis: '设定依据',
  conditions: '受理条件',
  materials: '申请材料',
  steps: '办理流程',
  statutoryLimit: '法定时限',
  promisedLimit: '承诺时限',
  fee: '收费标准',
  places: '办理地点',
  hours: '办理时间',
  consultPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  faq: '常见问题',
  online: '网上办理',
} as const

/** The parts of one row of 申请材料. */
export const MATERIAL_PARTS = {
  name: '名称',
  form: '原件/复印件',
  copies: '份数',
  note: '备注',
  blankForm: '空白表格',
  sample: '示例样表',
} as const
