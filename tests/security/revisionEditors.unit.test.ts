import { describe, expect, it } from 'vitest'

import { GLOBAL_WORKFLOW_CHAINS, WORKFLOW_CHAINS } from '../../src/payload/workflow/chains'
import { editPatch } from '../../src/payload/workflow/editPatch'
import { availableActions, refusal, revisionEditorsAfterEdit, type WorkflowSnapshot } from '../../src/payload/workflow/rules'
import { toSnapshot } from '../../src/payload/workflow/snapshot'

const news = WORKFLOW_CHAINS.news
const reviewer = { id: 'r', roles: ['reviewer'] }
const reviewer2 = { id: 'r2', roles: ['reviewer'] }
const publisher = { id: 'p', roles: ['publisher'] }

// The scenario: the editor wrote it, the reviewer edited it under review, the editor fixed a typo last.
const editedByReviewer: WorkflowSnapshot = {
  state: 'inReview',
  stage: 'first',
  createdBy: 'e',
  lastEditedBy: 'e',
  revisionEditors: ['e', 'r'],
  approvals: [],
}

describe('separation of duties across every editor of a revision', () => {
  it('should refuse a reviewer approving a revision they edited, though someone else edited it last', () => {
    expect(refusal(news, editedByReviewer, reviewer, 'approve')).toBe('不能审核或发布自己参与修改的稿件')
    expect(refusal(news, editedByReviewer, reviewer2, 'approve')).toBeNull()
  })

  it('should refuse a publisher publishing or scheduling a revision they edited', () => {
    const approved: WorkflowSnapshot = { ...editedByReviewer, state: 'approved', stage: null, revisionEditors: ['e', 'p'] }
    expect(refusal(news, approved, publisher, 'publish')).toBe('不能审核或发布自己参与修改的稿件')
    expect(refusal(news, approved, publisher, 'schedule')).toBe('不能审核或发布自己参与修改的稿件')
    expect(availableActions(news, approved, publisher)).toEqual(['return'])
  })

  it('should add each editor once to the revision and keep the earlier ones', () => {
    expect(revisionEditorsAfterEdit({ ...editedByReviewer, revisionEditors: ['e'] }, 'r')).toEqual(['e', 'r'])
    expect(revisionEditorsAfterEdit(editedByReviewer, 'e')).toEqual(['e', 'r'])
  })

  it('should start a new revision at the first edit after publication or withdrawal', () => {
    for (const state of ['published', 'withdrawn'] as const) {
      expect(revisionEditorsAfterEdit({ ...editedByReviewer, state, stage: null }, 'r2')).toEqual(['r2'])
    }
  })

  it('should count the last editor of an item saved before the list existed', () => {
    const legacy: WorkflowSnapshot = { state: 'draft', createdBy: 'e', lastEditedBy: 'r', approvals: [] }
    expect(revisionEditorsAfterEdit(legacy, 'e')).toEqual(['r', 'e'])
  })

  it('should record the editor and send the item back to the first stage in one patch', () => {
    expect(editPatch(news, { ...editedByReviewer, stage: 'second', approvals: [{ stage: 'first', user: 'r2' }] }, 'r')).toEqual({
      workflowState: 'inReview',
      reviewStage: 'first',
      approvals: [],
      lastEditedBy: 'r',
      revisionEditors: ['e', 'r'],
    })
  })

  it('should read the editors of a stored document whether populated or not', () => {
    expect(toSnapshot({ revisionEditors: ['a', { id: 'b' }, null] }).revisionEditors).toEqual(['a', 'b'])
    expect(toSnapshot({}).revisionEditors).toEqual([])
  })
})

describe('the review chain of site-wide settings', () => {
  const navigation = GLOBAL_WORKFLOW_CHAINS.navigation

  it('should be 初审 by a reviewer, then publication by the publisher', () => {
    expect(navigation.stages).toEqual([{ stage: 'first', role: 'reviewer' }])
    expect(navigation.publishRole).toBe('publisher')
    expect(GLOBAL_WORKFLOW_CHAINS.siteSettings).toEqual(navigation)
  })

  it('should offer neither scheduling, unpublishing nor withdrawal: the site never goes without its menu', () => {
    const live: WorkflowSnapshot = { state: 'published', approvals: [], revisionEditors: [] }
    for (const action of ['unpublish', 'scheduleUnpublish', 'withdraw'] as const) {
      expect(refusal(navigation, live, publisher, action)).toBe('此内容不支持该操作')
    }
    expect(refusal(navigation, { ...live, state: 'approved' }, publisher, 'schedule')).toBe('此内容不支持该操作')
    expect(availableActions(navigation, { ...live, state: 'approved' }, publisher)).toEqual(['return', 'publish'])
  })

  it('should keep the editor of a setting from approving or publishing it', () => {
    const edited: WorkflowSnapshot = { state: 'inReview', stage: 'first', lastEditedBy: 'e', revisionEditors: ['r', 'e'], approvals: [] }
    expect(refusal(navigation, edited, reviewer, 'approve')).toBe('不能审核或发布自己参与修改的稿件')
    expect(refusal(navigation, edited, reviewer2, 'approve')).toBeNull()
  })
})
