'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { type ReviewStage, workflowStateText, type WorkflowState } from '../../constants/workflow'

/**
 * Replaces Payload's 状态: 草稿/已发布 in the document header of a reviewed item with the review
 * state the review panel shows (审核中(待初审)), so the page tells one truth. A live item with a
 * newer revision in review says that the published version stays online meanwhile.
 */
export const WorkflowStatus = () => {
  const { hasPublishedDoc } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.value) as WorkflowState | undefined
  const stage = useFormFields(([fields]) => fields.reviewStage?.value) as ReviewStage | null | undefined
  const current = state ?? 'draft'
  const liveMeanwhile = hasPublishedDoc && current !== 'published' && current !== 'withdrawn'
  return (
    <div className="status" data-testid="header-workflow-state">
      <div className="status__value-wrap">
        <span className="status__label">状态:</span>
        <span className="status__value">
          {workflowStateText(current, stage)}
          {liveMeanwhile ? '(网站上仍显示已发布的版本)' : ''}
        </span>
      </div>
    </div>
  )
}
