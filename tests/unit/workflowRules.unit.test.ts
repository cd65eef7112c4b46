import { describe, expect, it } from 'vitest'

import { workflowStateText } from '../../src/payload/constants/workflow'
import { WORKFLOW_CHAINS } from '../../src/payload/workflow/chains'
import {
  afterEdit,
  availableActions,
  editRefusal,
  inputProblem,
  outcome,
  refusal,
  REVIEWER_EDIT_REFUSAL,
  type WorkflowSnapshot,
} from '../../src/payload/workflow/rules'

const news = WORKFLOW_CHAINS.news
const policies = WORKFLOW_CHAINS.policies
const editor = { id: 'e', roles: ['editor'] }
const reviewerA = { id: 'ra', roles: ['reviewer'] }
const reviewerB = { id: 'rb', roles: ['reviewer'] }
const publisher = { id: 'p', roles: ['publisher'] }
const admin = { id: 'a', roles: ['admin'] }

const inReview = (stage: 'first' | 'second' | 'final', approvals: WorkflowSnapshot['approvals'] = []): WorkflowSnapshot => ({
  state: 'inReview',
  stage,
  createdBy: 'e',
  lastEditedBy: 'e',
  approvals,
})
const approved: WorkflowSnapshot = { state: 'approved', stage: null, createdBy: 'e', lastEditedBy: 'e', approvals: [] }

describe('workflow chains', () => {
  it('should give news two stages and policies and commendations three', () => {
    expect([news.stages.length, policies.stages.length, WORKFLOW_CHAINS.commendations.stages.length]).toEqual([2, 3, 3])
  })

  it('should keep every chain between one and three stages in 初审/复审/终审 order', () => {
    const order = ['first', 'second', 'final']
    for (const chain of Object.values(WORKFLOW_CHAINS)) {
      const indexes = chain.stages.map((entry) => order.indexOf(entry.stage))
      expect(indexes.length).toBeGreaterThanOrEqual(1)
      expect(indexes.length).toBeLessThanOrEqual(3)
      expect([...indexes].sort()).toEqual(indexes)
    }
  })
})

describe('workflow rules', () => {
  it('should move an approved first stage on to the second', () => {
    expect(outcome(news, inReview('first'), reviewerA, { action: 'approve' })).toMatchObject({ state: 'inReview', stage: 'second' })
  })

  it('should mark the item approved after the last stage', () => {
    const result = outcome(news, inReview('second', [{ stage: 'first', user: 'ra' }]), reviewerB, { action: 'approve' })
    expect(result).toMatchObject({ state: 'approved', stage: null, publication: 'none' })
  })

  it('should refuse the author approving', () => {
    expect(refusal(news, { ...inReview('first'), lastEditedBy: 'x' }, { id: 'e', roles: ['reviewer'] }, 'approve')).toBe(
      '不能审核或发布自己撰写的稿件',
    )
  })

  it('should refuse the last editor approving', () => {
    expect(refusal(news, { ...inReview('first'), lastEditedBy: 'ra' }, reviewerA, 'approve')).toBe('不能审核或发布自己最后修改的稿件')
  })

  it('should refuse the same reviewer on two stages', () => {
    expect(refusal(news, inReview('second', [{ stage: 'first', user: 'ra' }]), reviewerA, 'approve')).toBe('同一人不能审核同一稿件的两个环节')
  })

  it('should refuse a reviewer at the publisher’s final stage', () => {
    expect(refusal(policies, inReview('final'), reviewerA, 'approve')).toBe('没有终审权限')
  })

  it('should let only the publish role publish', () => {
    expect([editor, reviewerA, admin, publisher].map((actor) => refusal(news, approved, actor, 'publish') === null)).toEqual([
      false,
      false,
      false,
      true,
    ])
  })

  it('should refuse publishing an item not yet approved', () => {
    expect(refusal(news, inReview('second'), publisher, 'publish')).toMatch('不能执行此操作')
  })

  it('should let the system publish a scheduled item', () => {
    expect(refusal(news, { ...approved, state: 'scheduled' }, null, 'publish')).toBeNull()
  })

  it('should clear approvals when an item is returned', () => {
    expect(outcome(news, inReview('second', [{ stage: 'first', user: 'ra' }]), reviewerB, { action: 'return', reason: 'x' })).toMatchObject({
      state: 'returned',
      approvals: [],
    })
  })

  it('should send an edited approved item back to the first stage', () => {
    expect(afterEdit(policies, { ...approved, approvals: [{ stage: 'first', user: 'ra' }] })).toEqual({
      state: 'inReview',
      stage: 'first',
      approvals: [],
    })
  })

  it('should start a new draft when a published item is edited', () => {
    expect(afterEdit(news, { ...approved, state: 'published' }).state).toBe('draft')
  })

  it('should keep a withdrawal that removes the page off the public site', () => {
    const published = { ...approved, state: 'published' as const }
    expect(outcome(news, published, publisher, { action: 'withdraw', reason: 'x', mode: 'gone' }).publication).toBe('unpublish')
    expect(outcome(news, published, publisher, { action: 'withdraw', reason: 'x', mode: 'banner' }).publication).toBe('none')
  })

  it('should require a reason to return or withdraw', () => {
    expect(inputProblem({ action: 'return', reason: ' ' }, new Date())).toBe('请填写理由')
    expect(inputProblem({ action: 'withdraw', mode: 'banner' }, new Date())).toBe('请填写理由')
  })

  it('should require a future time to schedule', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    expect(inputProblem({ action: 'schedule', at: '2025-12-31T23:59:00Z' }, now)).toBe('定时时间必须晚于当前时间')
    expect(inputProblem({ action: 'schedule', at: '2026-01-01T00:01:00Z' }, now)).toBeNull()
  })

  it('should offer the author only submit on a draft', () => {
    expect(availableActions(news, { ...approved, state: 'draft' }, editor)).toEqual(['submit'])
  })
})

describe('the one wording of a review state', () => {
  it('should name the stage an item waits for, and only while it is in review', () => {
    expect(workflowStateText('inReview', 'first')).toBe('审核中(待初审)')
    expect(workflowStateText('draft', null)).toBe('草稿')
    expect(workflowStateText('approved', 'final')).toBe('审核通过')
  })
})

describe('只审不改', () => {
  const inReview: WorkflowSnapshot = { state: 'inReview', stage: 'first', createdBy: 'author', revisionEditors: ['author', 'helper'], approvals: [] }
  it('should refuse a reviewer or publisher who did not write the item while it is decided on', () => {
    expect(editRefusal(inReview, { id: 'r1', roles: ['reviewer'] })).toBe(REVIEWER_EDIT_REFUSAL)
    expect(editRefusal({ ...inReview, state: 'approved' }, { id: 'p1', roles: ['publisher'] })).toBe(REVIEWER_EDIT_REFUSAL)
  })
  it('should let writers, the item’s own writers and anyone outside review edit', () => {
    expect(editRefusal(inReview, { id: 'e1', roles: ['editor'] })).toBeNull()
    expect(editRefusal(inReview, { id: 'helper', roles: ['reviewer'] })).toBeNull()
    expect(editRefusal({ ...inReview, state: 'returned' }, { id: 'r1', roles: ['reviewer'] })).toBeNull()
  })
})
