import { ROLES, type Role } from '../../src/payload/constants/roles'
import type { WithdrawalMode } from '../../src/payload/constants/workflow'
import { WORKFLOW_CHAINS, type WorkflowCollection } from '../../src/payload/workflow/chains'
import { reach } from './accessMatrix'
import { completeGuide } from './guideFixture'
import { lexicalBody } from './workflowFixtures'

/** The actions of the access matrix, shared by the Local API and the REST run. */
export const MATRIX_ACTIONS = [
  'create',
  'edit',
  'submit',
  'approve first',
  'approve second',
  'approve final',
  'return',
  'publish',
  'schedule',
  'unpublish',
  'withdraw',
  'delete',
] as const
export type MatrixAction = (typeof MATRIX_ACTIONS)[number]

/**
 * Who may write the fixture, from the access matrix: roles reaching all documents, and roles
 * reaching their own when the fixture is theirs (news is tagged with the station staff's station;
 * a new station is never the station staff's own).
 */
const writers = (collection: WorkflowCollection, operation: 'create' | 'update' | 'delete'): Role[] =>
  ROLES.filter((role) => {
    const granted = reach(collection, operation, role)
    return granted === 'all' || (granted === 'own' && collection === 'news')
  })

/** The policy both runs assert: who may do what, per collection; null = the chain has no such stage. */
export const expectedRoles = (collection: WorkflowCollection, action: MatrixAction): Role[] | null => {
  switch (action) {
    case 'create':
      return writers(collection, 'create')
    case 'edit':
    case 'submit':
      return writers(collection, 'update')
    case 'approve first':
    case 'approve second':
    case 'approve final': {
      const stage = WORKFLOW_CHAINS[collection].stages.find((entry) => `approve ${entry.stage}` === action)
      return stage ? [stage.role] : null
    }
    case 'return':
      return ['reviewer']
    case 'publish':
    case 'schedule':
    case 'unpublish':
    case 'withdraw':
      return ['publisher']
    case 'delete':
      return writers(collection, 'delete')
  }
}

/** Which fixture state an action starts from, and what the workflow step sends. */
export const matrixStep = (
  action: MatrixAction,
): { from: 'draft' | 'inReview' | 'approved' | 'published'; stage?: string; input?: { action: string; reason?: string; at?: string; mode?: WithdrawalMode } } => {
  switch (action) {
    case 'create':
    case 'edit':
    case 'delete':
      return { from: 'draft' }
    case 'submit':
      return { from: 'draft', input: { action: 'submit' } }
    case 'approve first':
    case 'approve second':
    case 'approve final':
      return { from: 'inReview', stage: action.split(' ')[1], input: { action: 'approve' } }
    case 'return':
      return { from: 'inReview', stage: 'first', input: { action: 'return', reason: '请补充材料' } }
    case 'publish':
      return { from: 'approved', input: { action: 'publish' } }
    case 'schedule':
      return { from: 'approved', input: { action: 'schedule', at: new Date(Date.now() + 3_600_000).toISOString() } }
    case 'unpublish':
      return { from: 'published', input: { action: 'unpublish' } }
    case 'withdraw':
      return { from: 'published', input: { action: 'withdraw', reason: '测试撤稿', mode: 'banner' } }
  }
}

export const editData = (collection: WorkflowCollection) =>
  ['veterans', 'stations', 'leaders', 'orgUnits'].includes(collection) ? { name: '已修改' } : { title: '已修改' }

let counter = 0

/** Valid data for a new item of each collection; `station` tags news and parents new stations. */
export const matrixData = (collection: WorkflowCollection, refs: { station: string; policy: string }): Record<string, unknown> => {
  const n = `${process.pid}-${Date.now()}-${++counter}`
  const body = lexicalBody('矩阵测试正文。')
  switch (collection) {
    case 'news':
      return { title: `矩阵新闻 ${n}`, category: 'work', source: '本站', body, stations: [refs.station], slug: `matrix-news-${n}` }
    case 'policies':
      return {
        title: `矩阵政策 ${n}`,
        documentNumber: `测发〔2026〕${counter}号`,
        issuer: '南屏县退役军人事务局',
        signedAt: '2026-01-01T00:00:00.000Z',
        effectiveAt: '2026-02-01T00:00:00.000Z',
        validity: 'in_force',
        topic: 'employment',
        body,
        slug: `matrix-policy-${n}`,
      }
    case 'interpretations':
      return { title: `矩阵解读 ${n}`, policy: refs.policy, body, slug: `matrix-interpretation-${n}` }
    case 'serviceGuides':
      return { ...completeGuide(refs), title: `矩阵办事指南 ${n}`, slug: `matrix-guide-${n}` }
    case 'consultations':
      return { title: `矩阵意见征集 ${n}`, opensAt: '2026-01-01T04:00:00.000Z', closesAt: '2026-01-31T04:00:00.000Z', draft: body, slug: `matrix-consultation-${n}` }
    case 'pages':
      return { title: `矩阵页面 ${n}`, section: 'interaction', body, order: 90, slug: `matrix-page-${n}` }
    case 'commendations':
      return { title: `矩阵通报 ${n}`, issuer: '南屏县退役军人事务局', date: '2026-01-01T00:00:00.000Z', body, slug: `matrix-commendation-${n}` }
    case 'veterans':
      return { name: `矩阵人物 ${n}`, consent: { given: true, recordedAt: '2026-01-01T00:00:00.000Z' }, slug: `matrix-veteran-${n}` }
    case 'stations':
      return { name: `矩阵服务站 ${n}`, level: 'village', parent: refs.station, address: '测试地址', slug: `matrix-station-${n}` }
    case 'leaders':
      return { name: `矩阵领导 ${n}`, position: '副局长', duties: '分管测试工作。', resume: '测试简历。', order: 90, slug: `matrix-leader-${n}` }
    case 'orgUnits':
      return { name: `矩阵科室 ${n}`, kind: 'internal', duties: '负责测试工作。', phone: '0739-5280000', order: 90, slug: `matrix-unit-${n}` }
  }
}
