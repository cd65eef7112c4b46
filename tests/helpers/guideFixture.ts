import { plainLexical } from '../../src/payload/fields/plainLexical'

/** A 办事指南 with every element the pre-publish check asks for, based on `policy` and handled at `station`. */
export const completeGuide = (refs: { station: string; policy: string }) => ({
  title: '测试事项',
  serviceType: 'publicService',
  lifeEvent: 'preferentialCare',
  audiences: ['veterans'],
  basis: [refs.policy],
  conditions: plainLexical(['本县户籍的退役军人。']),
  materials: [{ name: '居民身份证', form: 'both', copies: 1 }],
  steps: [{ title: '申请', description: '到服务站提交材料。' }, { title: '审核' }],
  statutoryLimit: { days: 20, unit: '个工作日' },
  promisedLimit: { days: 10, unit: '个工作日' },
  fee: { free: true },
  places: [refs.station],
  hours: '周一至周五 8:30-12:00,14:30-17:30',
  consultPhone: '0739-5280000',
  complaintPhone: '0739-5280001',
})
