export const HONOUR_KINDS = [
  'mostBeautiful',
  'model',
  'villageSecretary',
  'excellentStationHead',
  'excellentReceptionist',
  'excellentWorker',
  'other',
] as const

export type HonourKind = (typeof HONOUR_KINDS)[number]

export const HONOUR_KIND_LABELS: Record<HonourKind, string> = {
  mostBeautiful: '最美退役军人',
  model: '模范退役军人',
  villageSecretary: '兵支书',
  excellentStationHead: '优秀站长',
  excellentReceptionist: '优秀接访员',
  excellentWorker: '优秀工作者',
  other: '其他荣誉',
}
