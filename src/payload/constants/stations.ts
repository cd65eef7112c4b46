export const STATION_LEVELS = ['county', 'township', 'village'] as const

export type StationLevel = (typeof STATION_LEVELS)[number]

export const STATION_LEVEL_LABELS: Record<StationLevel, string> = {
  county: '县级服务中心',
  township: '乡镇(街道)服务站',
  village: '村(社区)服务站',
}

export const HONOUR_LEVELS = ['national', 'provincial', 'city'] as const

export type HonourLevel = (typeof HONOUR_LEVELS)[number]

export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = {
  national: '全国',
  provincial: '省级',
  city: '市级',
}

/** 七个一: the township station building standard. */
export const SEVEN_ONES = {
  agency: '一个工作机构',
  office: '一块办公阵地',
  rules: '一套职责制度',
  ledger: '一本业务台账',
  flowChart: '一幅办事流程图',
  benefitList: '一张优待目录清单',
  culturalStreet: '一条双拥文化街',
} as const

/** 五有: organisation, staffing, personnel, funding and support in place. */
export const FIVE_HAS = {
  organisation: '有机构',
  staffing: '有编制',
  personnel: '有人员',
  funding: '有经费',
  support: '有保障',
} as const

/** 四有: the village station working requirement. */
export const FOUR_HAS = {
  venue: '有服务场所',
  agency: '有工作机构',
  personInCharge: '有专人负责',
  ledger: '有基本台账',
} as const

export const STANDARD_CHECKLISTS = {
  sevenOnes: { label: '七个一', items: SEVEN_ONES },
  fiveHas: { label: '五有', items: FIVE_HAS },
  fourHas: { label: '四有', items: FOUR_HAS },
} as const

export type StandardChecklist = keyof typeof STANDARD_CHECKLISTS
