export const POLICY_VALIDITY = ['in_force', 'amended', 'repealed'] as const

export type PolicyValidity = (typeof POLICY_VALIDITY)[number]

export const POLICY_VALIDITY_LABELS: Record<PolicyValidity, string> = {
  in_force: '现行有效',
  amended: '已修订',
  repealed: '已废止',
}

export const POLICY_TOPICS = [
  'preferentialCare',
  'employment',
  'resettlement',
  'honours',
  'rights',
  'support',
  'general',
] as const

export type PolicyTopic = (typeof POLICY_TOPICS)[number]

export const POLICY_TOPIC_LABELS: Record<PolicyTopic, string> = {
  preferentialCare: '优待抚恤',
  employment: '就业创业',
  resettlement: '移交安置',
  honours: '褒扬纪念',
  rights: '权益维护',
  support: '拥军优属',
  general: '综合政务',
}
