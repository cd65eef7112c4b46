import type { Field, FieldAccess } from 'payload'

import { toOptions } from '../constants/options'
import {
  REVIEW_STAGE_LABELS,
  WITHDRAWAL_MODE_LABELS,
  WORKFLOW_ACTION_LABELS,
  WORKFLOW_STATE_LABELS,
} from '../constants/workflow'

/** Only the workflow's own hooks write these; whatever a client sends is dropped. */
const hookWritten = { create: () => false, update: () => false }

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)

const dateTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } as const

/**
 * The review record of every reviewed document and site-wide setting; the admin shows it
 * through the workflow panel.
 */
export const reviewFields = (): Field[] => [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/src/payload/workflow/admin/WorkflowPanel#WorkflowPanel' } },
  },
  {
    name: 'workflowState',
    type: 'select',
    label: '审核状态',
    index: true,
    defaultValue: 'draft',
    options: toOptions(WORKFLOW_STATE_LABELS),
    access: hookWritten,
    admin: { hidden: true },
  },
  {
    name: 'reviewStage',
    type: 'select',
    label: '当前审核环节',
    options: toOptions(REVIEW_STAGE_LABELS),
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    label: '最后修改人',
    relationTo: 'users',
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true },
  },
  {
    name: 'revisionEditors',
    type: 'relationship',
    label: '本版本修改人',
    relationTo: 'users',
    hasMany: true,
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true },
  },
  {
    name: 'approvals',
    type: 'array',
    label: '本轮审核通过记录',
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true },
    fields: [
      { name: 'stage', type: 'select', options: toOptions(REVIEW_STAGE_LABELS), required: true },
      { name: 'user', type: 'relationship', relationTo: 'users', required: true },
    ],
  },
  {
    name: 'reviewLog',
    type: 'array',
    label: '审核意见',
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true },
    fields: [
      { name: 'action', type: 'select', options: toOptions(WORKFLOW_ACTION_LABELS), required: true },
      { name: 'stage', type: 'select', options: toOptions(REVIEW_STAGE_LABELS) },
      { name: 'user', type: 'relationship', relationTo: 'users' },
      { name: 'userName', type: 'text' },
      { name: 'at', type: 'date', required: true },
      { name: 'comment', type: 'textarea' },
    ],
  },
]

/**
 * The workflow's record on every reviewed collection document: the review record plus authorship,
 * scheduling, withdrawal and change notes.
 */
export const workflowFields = (): Field[] => [
  ...reviewFields(),
  {
    name: 'createdBy',
    type: 'relationship',
    label: '撰稿人',
    relationTo: 'users',
    index: true,
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true },
  },
  {
    name: 'publishAt',
    type: 'date',
    label: '定时发布时间',
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true, ...dateTime },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    label: '定时下线时间',
    // The workbench lists what goes offline soon (versionIndexes.ts).
    index: true,
    access: { ...hookWritten, read: staffOnly },
    admin: { hidden: true, ...dateTime },
  },
  {
    name: 'withdrawal',
    type: 'group',
    label: '撤稿',
    access: hookWritten,
    admin: { hidden: true },
    fields: [
      { name: 'mode', type: 'select', label: '撤稿方式', options: toOptions(WITHDRAWAL_MODE_LABELS) },
      { name: 'publicReason', type: 'textarea', label: '公开说明' },
      { name: 'internalReason', type: 'textarea', label: '内部理由', access: { read: staffOnly } },
      { name: 'at', type: 'date', label: '撤稿时间' },
    ],
  },
  {
    name: 'changeNote',
    type: 'textarea',
    label: '本次更新说明(公开)',
    access: { read: staffOnly },
    admin: { position: 'sidebar', description: '修改已发布的内容时填写,发布后在页面“更新记录”中公开显示' },
  },
  {
    name: 'changeLog',
    type: 'array',
    label: '更新记录',
    access: hookWritten,
    admin: { hidden: true },
    fields: [
      { name: 'at', type: 'date', required: true },
      { name: 'note', type: 'textarea', required: true },
    ],
  },
]
